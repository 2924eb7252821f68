import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResult, pixelsForScore } from '../testing/result-factory';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import { createContextInner, type ApiDeps } from '../trpc/context';
import { createCaller } from '../trpc/root';

let database: TestDatabase;
let deps: ApiDeps;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = createTestDeps(database.db);
});
afterAll(() => database.drop());

async function cacheCount(result: 'hit' | 'miss'): Promise<number> {
  const metric = await deps.metrics.insightsCache.get();
  return metric.values.find((v) => v.labels.result === result)?.value ?? 0;
}

describe('insights router', () => {
  it('answers insufficient_data with how many more diagnoses are needed', async () => {
    const { caller } = await signUpCaller(deps);
    await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    expect(await caller.insights.get()).toMatchObject({ status: 'insufficient_data', dataPoints: 1, required: 3, needed: 2 });
  });

  it('reports trends once enough diagnoses exist', async () => {
    const { caller } = await signUpCaller(deps);
    for (const score of [40, 60, 80]) {
      await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ pixels: { acne: pixelsForScore(score) } }) });
    }
    const insights = await caller.insights.get({ days: 30 });
    if (insights.status !== 'ok') throw new Error('expected a report');
    expect(insights.conditions.acne).toMatchObject({ first: 40, last: 80, best: 80, worst: 40 });
    expect(insights.streaks.improving).toBe(2);
  });

  it('serves the second request from the cache', async () => {
    const { caller } = await signUpCaller(deps);
    const [hits, misses] = [await cacheCount('hit'), await cacheCount('miss')];
    await caller.insights.get();
    await caller.insights.get();
    expect(await cacheCount('miss')).toBe(misses + 1);
    expect(await cacheCount('hit')).toBe(hits + 1);
  });

  it('stores what it computed in the table, where another process reads it', async () => {
    const { caller, session } = await signUpCaller(deps);
    for (const score of [40, 60, 80]) await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ pixels: { acne: pixelsForScore(score) } }) });
    const computed = await caller.insights.get({ days: 30 });
    const elsewhere = createTestDeps(database.db);
    const other = createCaller(createContextInner({ ...elsewhere, sessionToken: session.token }));
    expect(await other.insights.get({ days: 30 })).toEqual(computed);
    const hits = (await elsewhere.metrics.insightsCache.get()).values;
    expect(hits.find((v) => v.labels.result === 'hit')?.value).toBe(1);
    expect(hits.find((v) => v.labels.result === 'miss')).toBeUndefined();
  });

  it('recomputes after a new diagnosis and after a deletion', async () => {
    const { caller } = await signUpCaller(deps);
    expect((await caller.insights.get()).dataPoints).toBe(0);
    const { id } = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    expect((await caller.insights.get()).dataPoints).toBe(1);
    await caller.diagnosis.delete({ id });
    expect((await caller.insights.get()).dataPoints).toBe(0);
  });
});
