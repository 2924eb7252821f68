import { diagnoses, findings, generateToken, hashToken, makeResult, pixelsForScore, sessions, toFindingRows, users, type Database } from '@derma/api/testing';

const DAY_MS = 86_400_000;
const BATCH = 500;
/** Distinct results to draw from: encoding 256² masks for every row would dominate the seeding. */
const VARIANTS = 64;

/** A seeded user and the bearer token of their session. */
export interface SeededUser {
  id: string;
  token: string;
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Bulk-inserts `userCount` users, one session each, and `perUser` diagnoses per user spread
 * over the past 60 days with varied, self-consistent scores (three findings rows each).
 * Passwords are placeholders: the load test authenticates with the sessions only.
 */
export async function seedDataset(db: Database, userCount: number, perUser: number): Promise<SeededUser[]> {
  const now = Date.now();
  const seeded = Array.from({ length: userCount }, () => ({ id: crypto.randomUUID(), token: generateToken() }));
  const created = new Date(now - 90 * DAY_MS);
  await inBatches(seeded, (batch) =>
    db.insert(users).values(batch.map((u, i) => ({ id: u.id, email: `load_${u.id}@example.com`, username: `load_${u.id.slice(0, 8)}_${i}`, passwordHash: 'x', createdAt: created, updatedAt: created }))),
  );
  await inBatches(seeded, (batch) =>
    db.insert(sessions).values(batch.map((u) => ({ id: hashToken(u.token), userId: u.id, expiresAt: new Date(now + 30 * DAY_MS), createdAt: new Date(now) }))),
  );
  const heads: (typeof diagnoses.$inferInsert)[] = [];
  const rows: (typeof findings.$inferInsert)[] = [];
  const variants = Array.from({ length: VARIANTS }, (_, v) =>
    makeResult({ pixels: { acne: pixelsForScore(40 + (v % 60)), atopy: pixelsForScore(70 + ((v * 7) % 30)), wrinkle: pixelsForScore(55 + ((v * 13) % 45)) } }),
  );
  seeded.forEach((user, u) => {
    for (let d = 0; d < perUser; d++) {
      const result = variants[(u * 7 + d) % VARIANTS] ?? makeResult();
      const id = crypto.randomUUID();
      const { backend, models, schemaVersion, image, crop, face, timings } = result;
      const createdAt = new Date(now - ((d * 60) / perUser) * DAY_MS - u * 1000);
      heads.push({ id, userId: user.id, clientId: crypto.randomUUID(), totalScore: result.totalScore, location: backend.location, backend, models, meta: { schemaVersion, image, crop, face, timings }, createdAt });
      rows.push(...toFindingRows(id, result));
    }
  });
  await inBatches(heads, (batch) => db.insert(diagnoses).values(batch));
  await inBatches(rows, (batch) => db.insert(findings).values(batch));
  return seeded;
}
