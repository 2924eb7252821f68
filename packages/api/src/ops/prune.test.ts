import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightCache, passwordResetTokens, sessions, users } from '../db/schema/index';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { pruneExpired } from './prune';

describe('pruneExpired', () => {
  let db: TestDatabase;
  const now = new Date('2025-06-01T12:00:00.000Z');
  const past = new Date(now.getTime() - 1);
  const future = new Date(now.getTime() + 60_000);

  beforeAll(async () => {
    db = await createTestDatabase();
    const userId = randomUUID();
    await db.db.insert(users).values({ id: userId, email: 'p@example.com', username: 'pruned', passwordHash: 'x', createdAt: now, updatedAt: now });
    await db.db.insert(sessions).values([
      { id: '1'.repeat(64), userId, expiresAt: past, createdAt: past },
      { id: '2'.repeat(64), userId, expiresAt: future, createdAt: past },
    ]);
    await db.db.insert(passwordResetTokens).values({ id: '3'.repeat(64), userId, expiresAt: past, createdAt: past });
    // The payload's shape does not matter to pruning: raw rows spare building real insights.
    await db.db.execute(sql`INSERT INTO insight_cache VALUES (${userId}, 7, '{}', ${past}, ${past}), (${userId}, 30, '{}', ${future}, ${past})`);
  });
  afterAll(() => db.drop());

  it('deletes what expired before now, counts it, and keeps what is still valid', async () => {
    expect(await pruneExpired(db.db, now)).toEqual({ sessions: 1, resetTokens: 1, insightCache: 1 });
    expect((await db.db.select({ id: sessions.id }).from(sessions)).map((s) => s.id)).toEqual(['2'.repeat(64)]);
    expect(await db.db.select().from(passwordResetTokens)).toEqual([]);
    expect((await db.db.select({ days: insightCache.periodDays }).from(insightCache)).map((r) => r.days)).toEqual([30]);
  });
});
