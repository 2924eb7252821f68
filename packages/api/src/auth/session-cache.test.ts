import { describe, expect, it } from 'vitest';
import type { SessionValidation } from './session';
import { SessionCache } from './session-cache';

const DAY = 86_400_000;

function validation(sessionId: string, userId: string, expiresAt = 30 * DAY): SessionValidation {
  return { session: { id: sessionId, userId, expiresAt: new Date(expiresAt) }, user: { id: userId, email: `${userId}@example.com`, username: userId, createdAt: new Date(0) } };
}

describe('SessionCache', () => {
  it('answers a session for ttl ms after it was validated, then forgets it', async () => {
    const cache = new SessionCache(1_000);
    await cache.set('s1', validation('s1', 'u1'), 0);
    expect((await cache.get('s1', 999))?.user.id).toBe('u1');
    expect(await cache.get('s1', 1_000)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('never answers a session past its own expiry, even within the ttl', async () => {
    const cache = new SessionCache(10_000);
    await cache.set('s1', validation('s1', 'u1', 5_000), 0);
    expect(await cache.get('s1', 5_000)).toBeNull();
  });

  it('evicts one session, or every session of a user', async () => {
    const cache = new SessionCache();
    await cache.set('a', validation('a', 'u1'), 0);
    await cache.set('b', validation('b', 'u1'), 0);
    await cache.set('c', validation('c', 'u2'), 0);
    await cache.evictSession('a');
    expect(await cache.get('a', 1)).toBeNull();
    await cache.evictUser('u1');
    expect(await cache.get('b', 1)).toBeNull();
    expect((await cache.get('c', 1))?.user.id).toBe('u2');
  });

  it('refuses a validation read before the session or its user was revoked (a request racing a logout)', async () => {
    const cache = new SessionCache();
    await cache.evictSession('s1', 100);
    await cache.set('s1', validation('s1', 'u1'), 99);
    expect(await cache.get('s1', 101)).toBeNull();
    await cache.evictUser('u2', 200);
    await cache.set('s2', validation('s2', 'u2'), 200);
    expect(await cache.get('s2', 201)).toBeNull();
    await cache.set('s3', validation('s3', 'u2'), 201);
    expect((await cache.get('s3', 202))?.user.id).toBe('u2');
  });

  it('drops the oldest entry when full', async () => {
    const cache = new SessionCache(10_000, 2);
    for (const id of ['a', 'b', 'c']) await cache.set(id, validation(id, id), 0);
    expect(await cache.get('a', 1)).toBeNull();
    expect((await cache.get('c', 1))?.user.id).toBe('c');
    expect(cache.size).toBe(2);
  });

  it('keeps its own copy, so a caller changing the validation does not change the cache', async () => {
    const cache = new SessionCache();
    const original = validation('s1', 'u1');
    await cache.set('s1', { ...original, renewed: true }, 0);
    original.user.username = 'changed';
    expect(await cache.get('s1', 1)).toEqual({ session: original.session, user: { ...original.user, username: 'u1' } });
  });
});
