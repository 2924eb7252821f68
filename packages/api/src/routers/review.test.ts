import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import type { ApiDeps } from '../trpc/context';

let database: TestDatabase;
let deps: ApiDeps;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = createTestDeps(database.db);
});
afterAll(() => database.drop());

describe('review router', () => {
  it('lists only the caller’s own reviews, newest first, with the total', async () => {
    const { caller } = await signUpCaller(deps);
    const other = await signUpCaller(deps);
    await caller.review.create({ rating: 4, comment: 'good' });
    await caller.review.create({ rating: 5, comment: '아주 좋아요 👍' });
    await other.caller.review.create({ rating: 1 });
    const list = await caller.review.list();
    expect(list.total).toBe(2);
    expect(list.items.map((r) => [r.rating, r.comment])).toEqual([
      [5, '아주 좋아요 👍'],
      [4, 'good'],
    ]);
  });

  it('rejects a rating outside 1-5 and a comment over 1000 characters', async () => {
    const { caller } = await signUpCaller(deps);
    await expect(caller.review.create({ rating: 6 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.review.create({ rating: 3, comment: 'x'.repeat(1001) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
