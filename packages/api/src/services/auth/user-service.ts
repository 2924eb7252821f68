import type { User } from '@derma/shared';
import { and, eq, ne, or } from 'drizzle-orm';
import type { SessionUser } from '../../auth/session';
import type { Database } from '../../db/client';
import { users } from '../../db/schema/index';
import { AuthError } from './auth-error';

/** The columns of a user that may leave the API. */
export const publicUserColumns = { id: users.id, email: users.email, username: users.username, createdAt: users.createdAt };

/** A user as the API answers it. */
export function toUserDto(user: SessionUser): User {
  return { id: user.id, email: user.email, username: user.username, createdAt: user.createdAt.toISOString() };
}

/**
 * Throws CONFLICT naming the field when the email or username belongs to another account.
 * @param exceptUserId the caller, whose own values are no conflict
 */
export async function assertAvailable(db: Database, values: { email?: string; username?: string }, exceptUserId?: string): Promise<void> {
  const clauses = [
    values.email === undefined ? undefined : eq(users.email, values.email),
    values.username === undefined ? undefined : eq(users.username, values.username),
  ].filter((c) => c !== undefined);
  if (clauses.length === 0) return;
  const rows = await db
    .select({ email: users.email, username: users.username })
    .from(users)
    .where(and(or(...clauses), exceptUserId ? ne(users.id, exceptUserId) : undefined))
    .limit(2);
  if (rows.some((r) => r.email === values.email)) throw conflict('email');
  // Usernames compare case-insensitively under utf8mb4_unicode_ci, as the unique index does.
  if (rows.length > 0) throw conflict('username');
}

/** CONFLICT for a taken field; also used when the unique index catches a race. */
export function conflict(field: 'email' | 'username'): AuthError {
  return new AuthError('CONFLICT', field === 'email' ? 'EMAIL_TAKEN' : 'USERNAME_TAKEN', `This ${field} is already registered.`);
}

/** Maps a duplicate-key error of the users table to CONFLICT on the right field, else rethrows. */
export function rethrowDuplicate(error: unknown): never {
  const message = error instanceof Error ? `${error.message} ${String((error.cause as Error | undefined)?.message ?? '')}` : '';
  if (message.includes('users_email_unique')) throw conflict('email');
  if (message.includes('users_username_unique')) throw conflict('username');
  throw error;
}
