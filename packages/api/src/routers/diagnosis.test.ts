import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoses, findings } from '../db/schema/index';
import { makeResult, pixelsForScore } from '../testing/result-factory';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import { createContextInner } from '../trpc/context';
import { createCaller } from '../trpc/root';
import { ReadMemory, readKeys } from '../services/read-memory';
import type { ApiDeps } from '../trpc/context';

let database: TestDatabase;
let deps: ApiDeps;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = createTestDeps(database.db);
});
afterAll(() => database.drop());

describe('diagnosis router', () => {
  it('stores a submitted result and returns it unchanged in the detail', async () => {
    const { caller } = await signUpCaller(deps);
    const result = makeResult({ pixels: { acne: pixelsForScore(75) }, lesions: { acne: 3 } });
    const detail = await caller.diagnosis.submit({ clientId: randomUUID(), result });
    expect(detail.result).toEqual(result);
    expect(detail.scores).toEqual({ acne: 75, atopy: 100, wrinkle: 100 });
    expect(detail.lesionCounts.acne).toBe(3);
    expect(await caller.diagnosis.byId({ id: detail.id })).toEqual(detail);
  });

  it('returns a version 2 result identical, with its landmarks, roll, layout, notices and zones', async () => {
    const { caller } = await signUpCaller(deps);
    const result = makeResult({ version: 2, pixels: { acne: 900, wrinkle: 300 }, zones: { acne: { chin: 4, leftCheek: 2 }, wrinkle: { periocular: 1 } }, notices: ['LARGEST_FACE'] });
    const detail = await caller.diagnosis.submit({ clientId: randomUUID(), result });
    expect(detail.result).toStrictEqual(result);
    expect((await caller.diagnosis.byId({ id: detail.id })).result).toStrictEqual(result);
  });

  it('reads a version 1 result back as version 1, without zones, layout or notices', async () => {
    const { caller } = await signUpCaller(deps);
    const result = makeResult({ pixels: { acne: 900 }, lesions: { acne: 2 } });
    const { id } = await caller.diagnosis.submit({ clientId: randomUUID(), result });
    const stored = await database.db.select({ zones: findings.zones }).from(findings).where(eq(findings.diagnosisId, id));
    expect(stored.map((f) => f.zones)).toEqual([null, null, null]);
    const read = (await caller.diagnosis.byId({ id })).result;
    expect(read).toStrictEqual(result);
    expect(Object.keys(read.findings.acne)).not.toContain('zones');
  });

  it('keeps one row for 10 concurrent submissions of one client id', async () => {
    const { caller, session } = await signUpCaller(deps);
    const clientId = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => caller.diagnosis.submit({ clientId, result: makeResult() })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const rows = await database.db.select({ id: diagnoses.id }).from(diagnoses).where(eq(diagnoses.userId, session.user.id));
    expect(rows).toHaveLength(1);
  });

  it('rejects a result whose score does not follow from its mask with BAD_REQUEST', async () => {
    const { caller } = await signUpCaller(deps);
    const result = makeResult({ pixels: { atopy: pixelsForScore(40) } });
    const forged = { ...result, findings: { ...result.findings, atopy: { ...result.findings.atopy, score: 100 } } };
    await expect(caller.diagnosis.submit({ clientId: randomUUID(), result: forged })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('rejects a result over the size limit with PAYLOAD_TOO_LARGE', async () => {
    const small = createTestDeps(database.db, { config: { maxSubmitBytes: 1_000 } });
    const { caller } = await signUpCaller(small);
    await expect(caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('lists newest first with cursor pagination and no duplicates', async () => {
    const { caller } = await signUpCaller(deps);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() })).id);
    const first = await caller.diagnosis.list({ limit: 2 });
    const second = await caller.diagnosis.list({ limit: 2, cursor: first.nextCursor ?? undefined });
    const third = await caller.diagnosis.list({ limit: 2, cursor: second.nextCursor ?? undefined });
    expect([...first.items, ...second.items, ...third.items].map((d) => d.id)).toEqual([...ids].reverse());
    expect(third.nextCursor).toBeNull();
  });

  it('gives the latest diagnosis with its change since the previous one, and null without any', async () => {
    const { caller } = await signUpCaller(deps);
    expect(await caller.diagnosis.latest()).toBeNull();
    await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ pixels: { acne: pixelsForScore(60) } }) });
    await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ pixels: { acne: pixelsForScore(80) } }) });
    const latest = await caller.diagnosis.latest();
    expect(latest?.scores.acne).toBe(80);
    expect(latest?.comparedToPrevious?.scores).toEqual({ acne: 20, atopy: 0, wrinkle: 0 });
  });

  it('includes the last three diagnoses, newest first, in a detail', async () => {
    const { caller } = await signUpCaller(deps);
    const totals: number[] = [];
    for (const score of [50, 60, 70, 80]) {
      totals.push((await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ pixels: { wrinkle: pixelsForScore(score) } }) })).totalScore);
    }
    const latest = await caller.diagnosis.latest();
    expect(latest?.recent.map((r) => r.totalScore)).toEqual(totals.slice(1).reverse());
  });

  it('answers latest with exactly the detail byId gives of the newest, version 1 and 2 alike', async () => {
    const { caller } = await signUpCaller(deps);
    const v2 = makeResult({ version: 2, pixels: { acne: 900, wrinkle: 300 }, zones: { acne: { chin: 4 }, wrinkle: { periocular: 1 } }, notices: ['LARGEST_FACE'] });
    for (const result of [makeResult(), v2, makeResult({ pixels: { atopy: pixelsForScore(70) }, lesions: { atopy: 2 } }), v2]) {
      const { id } = await caller.diagnosis.submit({ clientId: randomUUID(), result });
      const newest = await caller.diagnosis.latest();
      if (!newest) throw new Error('no latest diagnosis');
      const { comparedToPrevious, ...detail } = newest;
      expect(detail).toStrictEqual(await caller.diagnosis.byId({ id }));
      expect(comparedToPrevious === null).toBe(detail.recent.length === 1);
    }
  });

  it('returns a week history oldest first and leaves out diagnoses after endDate', async () => {
    const { caller } = await signUpCaller(deps);
    const a = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    const b = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    const week = await caller.diagnosis.history({ range: 'week' });
    expect(week.points.map((p) => p.id)).toEqual([a.id, b.id]);
    const past = await caller.diagnosis.history({ range: 'month', endDate: new Date(Date.now() - 86_400_000).toISOString() });
    expect(past.points).toEqual([]);
  });

  it('deletes a diagnosis so that it is no longer found', async () => {
    const { caller } = await signUpCaller(deps);
    const { id } = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    expect(await caller.diagnosis.delete({ id })).toEqual({ id, deleted: true });
    await expect(caller.diagnosis.byId({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('diagnosis reads kept in memory (one API process)', () => {
  type Caller = Awaited<ReturnType<typeof signUpCaller>>['caller'];
  const ids = async (caller: Caller) => (await caller.diagnosis.list()).items.map((i) => i.id);
  const weekIds = async (caller: Caller) => (await caller.diagnosis.history({ range: 'week' })).points.map((p) => p.id);

  it('answers a repeated read from memory: a change made behind the API shows only after the ttl, or to a process without the memory', async () => {
    const { caller, session } = await signUpCaller(deps);
    const { id } = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    const seen = await caller.diagnosis.latest();
    await database.db.update(diagnoses).set({ totalScore: 1 }).where(eq(diagnoses.id, id));
    expect((await caller.diagnosis.latest())?.totalScore).toBe(seen?.totalScore);
    const elsewhere = createCaller(createContextInner({ ...createTestDeps(database.db, { readMemory: null }), sessionToken: session.token }));
    expect((await elsewhere.diagnosis.latest())?.totalScore).toBe(1);
  });

  it("follows a user's submit and delete in their kept newest, list pages, details and history, and nobody else's", async () => {
    const { caller } = await signUpCaller(deps);
    const bystander = await signUpCaller(deps);
    const mine = await bystander.caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    const a = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    expect([(await caller.diagnosis.latest())?.id, await ids(caller), await weekIds(caller)]).toEqual([a.id, [a.id], [a.id]]);
    await bystander.caller.diagnosis.latest();
    await database.db.update(diagnoses).set({ totalScore: 2 }).where(eq(diagnoses.id, mine.id));
    const b = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    expect([(await caller.diagnosis.latest())?.id, await ids(caller)]).toEqual([b.id, [b.id, a.id]]);
    expect((await caller.diagnosis.byId({ id: b.id })).id).toBe(b.id);
    expect(await weekIds(caller)).toEqual([a.id, b.id]);
    await caller.diagnosis.delete({ id: b.id });
    expect([(await caller.diagnosis.latest())?.id, await ids(caller), await weekIds(caller)]).toEqual([a.id, [a.id], [a.id]]);
    await expect(caller.diagnosis.byId({ id: b.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The other user's kept read was left alone (it still shows the score from before the change behind the API).
    expect((await bystander.caller.diagnosis.latest())?.totalScore).toBe(mine.totalScore);
  });

  it('revises the kept reads a submit can revise, without a query, to exactly what a process without the memory answers', async () => {
    const memory = new ReadMemory();
    const { caller, session } = await signUpCaller(createTestDeps(database.db, { readMemory: memory }));
    const fresh = createCaller(createContextInner({ ...createTestDeps(database.db, { readMemory: null }), sessionToken: session.token }));
    const older: { id: string }[] = [];
    for (let i = 0; i < 3; i++) older.push(await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ pixels: { acne: pixelsForScore(60 + 10 * i) } }) }));
    // Minutes apart, so the new diagnosis is the newest by a clear margin (changed before anything is kept).
    for (const [i, d] of older.entries()) await database.db.update(diagnoses).set({ createdAt: new Date(Date.now() - (3 - i) * 60_000) }).where(eq(diagnoses.id, d.id));
    memory.evictUser(session.user.id);
    const pastEnd = new Date(Date.now() - 90_000).toISOString();
    const firstPage = await caller.diagnosis.list({ limit: 2 });
    const reads = (c: typeof caller) =>
      Promise.all([
        c.diagnosis.latest(),
        c.diagnosis.list(),
        c.diagnosis.list({ limit: 2 }),
        c.diagnosis.list({ limit: 2, cursor: firstPage.nextCursor ?? undefined }),
        c.diagnosis.history({ range: 'week' }).then(({ points }) => points),
        c.diagnosis.history({ range: 'week', endDate: pastEnd }),
        c.diagnosis.byId({ id: older[0]?.id ?? '' }),
        c.insights.get({ days: 30 }),
      ]);
    await reads(caller);
    const added = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ pixels: { acne: pixelsForScore(95) } }) });
    const now = Date.now();
    const kept = (key: string) => memory.get(session.user.id, key, now) !== undefined;
    expect([readKeys.latest, readKeys.list({}), readKeys.list({ limit: 2 }), readKeys.recentScores('week'), readKeys.history('week', pastEnd), readKeys.detail(older[0]?.id ?? '')].map(kept)).toEqual([true, true, true, true, true, true]);
    expect([readKeys.list({ limit: 2, cursor: firstPage.nextCursor ?? undefined }), readKeys.insights(30)].map(kept)).toEqual([false, false]);
    const [ours, theirs] = [await reads(caller), await reads(fresh)];
    expect(ours).toEqual(theirs);
    expect([ours[0]?.id, ours[2].items.map((i) => i.id), ours[2].nextCursor === null]).toEqual([added.id, [added.id, older[2]?.id], false]);
  });

  it('answers a history ending now from the kept scores exactly as the query would, a diagnosis just outside the window left out', async () => {
    const kept = createTestDeps(database.db, { readMemory: new ReadMemory({ ttlMs: 60_000 }) });
    const { caller, session } = await signUpCaller(kept);
    const inside = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    const outside = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    // 30 s before the week began: within the minute the kept read reaches back, outside the window.
    await database.db.update(diagnoses).set({ createdAt: new Date(Date.now() - 7 * 86_400_000 - 30_000) }).where(eq(diagnoses.id, outside.id));
    const fresh = createCaller(createContextInner({ ...createTestDeps(database.db, { readMemory: null }), sessionToken: session.token }));
    for (let read = 0; read < 2; read++) expect(await weekIds(caller)).toEqual([inside.id]);
    expect((await caller.diagnosis.history({ range: 'month' })).points.map((p) => p.id)).toEqual([outside.id, inside.id]);
    expect(await weekIds(fresh)).toEqual([inside.id]);
  });
});
