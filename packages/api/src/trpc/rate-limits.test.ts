import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisRateLimiter } from '../rate-limit/redis-rate-limiter';
import { createApp } from '../server/app';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import { createContextInner } from './context';
import { createCaller } from './root';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const authLimits = { perIp: 1_000, perAccount: 3, windowMs: 60_000 };

describe('rate limits', () => {
  it('locks an account after repeated failed logins with TOO_MANY_REQUESTS, even with the right password', async () => {
    const deps = createTestDeps(database.db, { config: { authRateLimit: authLimits } });
    const { email, password } = await signUpCaller(deps);
    const anonymous = createCaller(createContextInner({ ...deps, resHeaders: new Headers() }));
    for (let i = 0; i < 3; i++) await expect(anonymous.auth.login({ email, password: 'wrong-pass1' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(anonymous.auth.login({ email, password })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('limits auth calls per IP and sends Retry-After over HTTP', async () => {
    const app = createApp(createTestDeps(database.db, { config: { authRateLimit: { ...authLimits, perIp: 2 } } }));
    const attempt = () =>
      app.request('/trpc/auth.login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `${randomUUID()}@example.com`, password: 'whatever1' }),
      });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('applies the global API_RATE_LIMIT per IP to every procedure', async () => {
    const app = createApp(createTestDeps(database.db, { config: { apiRateLimit: 3 } }));
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/trpc/auth.me')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('shares counters between replicas through Redis when REDIS_URL is set', async () => {
    const prefix = `derma:test:${randomUUID()}:`;
    const [a, b] = [new RedisRateLimiter('redis://127.0.0.1:6379', prefix), new RedisRateLimiter('redis://127.0.0.1:6379', prefix)];
    try {
      const replicaA = createApp(createTestDeps(database.db, { rateLimiter: a, config: { apiRateLimit: 2 } }));
      const replicaB = createApp(createTestDeps(database.db, { rateLimiter: b, config: { apiRateLimit: 2 } }));
      expect((await replicaA.request('/trpc/auth.me')).status).toBe(401);
      expect((await replicaB.request('/trpc/auth.me')).status).toBe(401);
      expect((await replicaA.request('/trpc/auth.me')).status).toBe(429);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
