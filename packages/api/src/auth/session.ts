import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { compileQuery } from '../db/compiled-query';
import { sessions, users } from '../db/schema/index';
import type { ValidatedSessionCache } from './session-cache';
import { generateToken, hashToken } from './tokens';

const DAY_MS = 86_400_000;
/** Sessions last 30 days and are renewed when fewer than 15 remain (Lucia's guide). */
export const SESSION_TTL_MS = 30 * DAY_MS;
const RENEW_WITHIN_MS = 15 * DAY_MS;

export interface SessionUser {
  id: string;
  email: string;
  username: string;
  createdAt: Date;
}

export interface Session {
  id: string;
  userId: string;
  expiresAt: Date;
}

export interface SessionValidation {
  session: Session;
  user: SessionUser;
  /** The expiry was just extended: a cookie carrying the token must be re-sent with it. */
  renewed?: boolean;
}

/** Creates a session for a user; returns the token to hand to the client (never stored). */
export async function createSession(db: Database, userId: string, now = new Date()): Promise<{ token: string; session: Session }> {
  const token = generateToken();
  const session: Session = { id: hashToken(token), userId, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) };
  await db.insert(sessions).values({ ...session, createdAt: now });
  return { token, session };
}

/**
 * Looks a token up: null when unknown or expired (expired rows are deleted); a session in its
 * last 15 days is extended to 30 days from now (sliding expiry). With a cache, a session
 * validated in the last seconds is answered from memory.
 */
export async function validateSessionToken(db: Database, token: string, now = new Date(), cache?: ValidatedSessionCache | null): Promise<SessionValidation | null> {
  const id = hashToken(token);
  const cached = await cache?.get(id, now.getTime());
  if (cached) return cached;
  const lookedUpAt = Date.now();
  const validation = await lookUpSession(db, id, now);
  // Not awaited: the answer does not wait for the cache (its writes swallow their own errors).
  if (validation) void cache?.set(id, validation, lookedUpAt);
  return validation;
}

// At most one row (by primary key). Columns in this order: session id, user id, expiry, then the
// user's email, username, creation.
const lookUp = compileQuery((db) =>
  db
    .select({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt, email: users.email, username: users.username, createdAt: users.createdAt })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), isNull(users.disabledAt)))
    .where(eq(sessions.id, sql.placeholder('id'))),
);

function toValidation(row: unknown[]): SessionValidation {
  const [sessionId, userId, expiresAt, email, username, createdAt] = row as [string, string, Date, string, string, Date];
  return { session: { id: sessionId, userId, expiresAt }, user: { id: userId, email, username, createdAt } };
}

async function lookUpSession(db: Database, id: string, now: Date): Promise<SessionValidation | null> {
  const [found] = await lookUp(db, { id });
  const row = found && toValidation(found);
  if (!row) return null;
  const { session, user } = row;
  if (now.getTime() >= session.expiresAt.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now.getTime() >= session.expiresAt.getTime() - RENEW_WITHIN_MS) {
    session.expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id));
    return { session, user, renewed: true };
  }
  return { session, user };
}

/**
 * Ends one session (logout). The database first: a cache that cannot be reached (its eviction
 * throws) must not keep the row alive. Evicting after is race-free: an entry cached before is
 * deleted, and a read made before the eviction is refused by it.
 */
export async function invalidateSession(db: Database, sessionId: string, cache?: ValidatedSessionCache | null): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
  await cache?.evictSession(sessionId);
}

/** Ends every session of a user (password change or reset, account deletion), the database first. */
export async function invalidateUserSessions(db: Database, userId: string, cache?: ValidatedSessionCache | null): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await cache?.evictUser(userId);
}
