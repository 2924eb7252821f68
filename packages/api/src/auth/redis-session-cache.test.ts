import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisSessionCache } from './redis-session-cache';
import type { SessionValidation } from './session';

const URL = 'redis://127.0.0.1:6379';
const DAY = 86_400_000;
const prefix = `derma:test:${randomUUID()}:`;
// Two replicas: separate clients, one Redis, one key space.
const [a, b] = [new RedisSessionCache(URL, 10_000, prefix), new RedisSessionCache(URL, 10_000, prefix)];

afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

function validation(sessionId: string, userId: string, expiresAt = Date.now() + 30 * DAY): SessionValidation {
  return { session: { id: sessionId, userId, expiresAt: new Date(expiresAt) }, user: { id: userId, email: `${userId}@example.com`, username: userId, createdAt: new Date(1_700_000_000_000) } };
}

describe('RedisSessionCache', () => {
  it('answers on every replica a session one of them validated, dates and all', async () => {
    const v = validation('s-shared', 'u-shared');
    await a.set('s-shared', { ...v, renewed: true }, Date.now());
    expect(await b.get('s-shared', Date.now())).toEqual(v);
  });

  it('forgets a session for every replica when one logs it out', async () => {
    await a.set('s-out', validation('s-out', 'u-out'), Date.now());
    await b.evictSession('s-out');
    expect(await a.get('s-out', Date.now())).toBeNull();
  });

  it("forgets every session of a user for every replica (password change, account deletion, derma user disable)", async () => {
    await a.set('s-1', validation('s-1', 'u-many'), Date.now());
    await b.set('s-2', validation('s-2', 'u-many'), Date.now());
    await a.set('s-3', validation('s-3', 'u-other'), Date.now());
    await b.evictUser('u-many');
    expect(await a.get('s-1', Date.now())).toBeNull();
    expect(await a.get('s-2', Date.now())).toBeNull();
    expect((await b.get('s-3', Date.now()))?.user.id).toBe('u-other');
  });

  it('does not cache a read that raced a logout or a user eviction on another replica', async () => {
    await b.evictSession('s-race');
    await a.set('s-race', validation('s-race', 'u-race'), Date.now());
    expect(await a.get('s-race', Date.now())).toBeNull();
    await b.evictUser('u-race2');
    await a.set('s-race2', validation('s-race2', 'u-race2'), Date.now());
    expect(await b.get('s-race2', Date.now())).toBeNull();
  });

  it('never answers a session past its own expiry, and forgets entries after the ttl', async () => {
    const now = Date.now();
    await a.set('s-old', validation('s-old', 'u-old', now + 1_000), now);
    expect(await b.get('s-old', now + 1_000)).toBeNull();
    const short = new RedisSessionCache(URL, 50, prefix);
    await short.set('s-ttl', validation('s-ttl', 'u-ttl'), Date.now());
    expect(await short.get('s-ttl', Date.now())).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await short.get('s-ttl', Date.now())).toBeNull();
    await short.close();
  });

  it('does not cache a read that stalled past the ttl, whatever eviction marks have expired', async () => {
    await a.set('s-stalled', validation('s-stalled', 'u-stalled'), Date.now() - 10_001);
    expect(await b.get('s-stalled', Date.now())).toBeNull();
  });

  it('answers a miss, not an error, when Redis cannot be reached, so the database is read instead', async () => {
    const down = new RedisSessionCache('redis://127.0.0.1:9', 10_000, prefix);
    await down.set('s-down', validation('s-down', 'u-down'), Date.now());
    expect(await down.get('s-down', Date.now())).toBeNull();
    await expect(down.evictSession('s-down')).rejects.toThrow();
    down.disconnect();
  });
});
