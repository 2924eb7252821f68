import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from './memory-rate-limiter';
import type { RateLimiter } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

const redis = new RedisRateLimiter('redis://127.0.0.1:6379', `derma:test:${randomUUID()}:`);
afterAll(() => redis.close());

describe.each<[string, RateLimiter]>([
  ['memory', new MemoryRateLimiter()],
  ['redis', redis],
])('%s rate limiter', (_name, limiter) => {
  it('allows `limit` hits in a window and refuses the next with a retry delay', async () => {
    const key = randomUUID();
    for (let i = 0; i < 3; i++) expect((await limiter.hit(key, 3, 60_000)).allowed).toBe(true);
    const refused = await limiter.hit(key, 3, 60_000);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('counts keys separately and forgets a reset key', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await limiter.hit(a, 1, 60_000);
    expect((await limiter.hit(b, 1, 60_000)).allowed).toBe(true);
    await limiter.reset(a);
    expect((await limiter.hit(a, 1, 60_000)).allowed).toBe(true);
  });
});

describe('MemoryRateLimiter windows', () => {
  it('opens a new window once the old one has passed', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    await limiter.hit('k', 1, 1_000);
    expect((await limiter.hit('k', 1, 1_000)).allowed).toBe(false);
    now = 1_000;
    expect((await limiter.hit('k', 1, 1_000)).allowed).toBe(true);
  });
});
