import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../db/schema/index';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import type { ValidatedSessionCache } from './session-cache';
import { createSession, invalidateSession, invalidateUserSessions, SESSION_TTL_MS, validateSessionToken } from './session';
import { hashToken } from './tokens';

const DAY = 86_400_000;
let database: TestDatabase;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  userId = crypto.randomUUID();
  const now = new Date();
  await database.db.insert(users).values({ id: userId, email: 's@example.com', username: 'session_user', passwordHash: 'x', createdAt: now, updatedAt: now });
});
afterAll(() => database.drop());

describe('sessions', () => {
  it('stores only the SHA-256 of the token', async () => {
    const { token, session } = await createSession(database.db, userId);
    expect(session.id).toBe(hashToken(token));
    const rows = await database.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
    expect(rows.map((r) => r.id)).not.toContain(token);
  });

  it('keeps the expiry of a session with more than 15 days left', async () => {
    const start = new Date('2030-01-01T00:00:00Z');
    const { token, session } = await createSession(database.db, userId, start);
    const later = await validateSessionToken(database.db, token, new Date(start.getTime() + 10 * DAY));
    expect(later?.session.expiresAt.getTime()).toBe(session.expiresAt.getTime());
  });

  it('extends a session in its last 15 days to 30 days from now', async () => {
    const start = new Date('2030-01-01T00:00:00Z');
    const { token } = await createSession(database.db, userId, start);
    const now = new Date(start.getTime() + 20 * DAY);
    const renewed = await validateSessionToken(database.db, token, now);
    expect(renewed?.session.expiresAt.getTime()).toBe(now.getTime() + SESSION_TTL_MS);
  });

  it('rejects and deletes an expired session', async () => {
    const start = new Date('2030-01-01T00:00:00Z');
    const { token, session } = await createSession(database.db, userId, start);
    expect(await validateSessionToken(database.db, token, new Date(start.getTime() + 31 * DAY))).toBeNull();
    expect(await database.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, session.id))).toEqual([]);
  });

  it('rejects an unknown token', async () => {
    expect(await validateSessionToken(database.db, 'a'.repeat(32))).toBeNull();
  });

  it('ends the session in the database even when the cache cannot be reached to evict it', async () => {
    // A Redis that is down: a logout or password change must not leave the rows alive.
    const unreachable: ValidatedSessionCache = {
      get: async () => null,
      set: async () => undefined,
      evictSession: async () => Promise.reject(new Error('redis down')),
      evictUser: async () => Promise.reject(new Error('redis down')),
    };
    const one = await createSession(database.db, userId);
    await expect(invalidateSession(database.db, one.session.id, unreachable)).rejects.toThrow('redis down');
    expect(await validateSessionToken(database.db, one.token)).toBeNull();
    const two = await createSession(database.db, userId);
    await expect(invalidateUserSessions(database.db, userId, unreachable)).rejects.toThrow('redis down');
    expect(await validateSessionToken(database.db, two.token)).toBeNull();
  });
});
