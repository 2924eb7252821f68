import { randomBytes, randomUUID } from 'node:crypto';
import { signupInputSchema } from '@derma/shared';
import { count, eq, or } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import type { ValidatedSessionCache } from '../auth/session-cache';
import type { Database } from '../db/client';
import { diagnoses, passwordResetTokens, users } from '../db/schema/index';

export interface UserListing {
  id: string;
  email: string;
  username: string;
  createdAt: Date;
  disabled: boolean;
  diagnoses: number;
}

/** A password an operator can hand over once: 20 base32-ish characters with letters and digits. */
export function generatePassword(): string {
  return `${randomBytes(15).toString('base64url').replace(/[-_]/g, 'x')}7a`;
}

/**
 * Creates an account as signup does (same validation, argon2id hash).
 * Throws the zod error for invalid input and the driver's duplicate-key error for a taken email.
 */
export async function createUser(db: Database, input: { email: string; username: string; password: string }): Promise<string> {
  const valid = signupInputSchema.parse(input);
  const id = randomUUID();
  const now = new Date();
  await db.insert(users).values({ id, email: valid.email, username: valid.username, passwordHash: await hashPassword(valid.password), createdAt: now, updatedAt: now });
  return id;
}

/** Every account, oldest first, with whether it is disabled and how many diagnoses it holds. */
export async function listUsers(db: Database): Promise<UserListing[]> {
  const rows = await db
    .select({ id: users.id, email: users.email, username: users.username, createdAt: users.createdAt, disabledAt: users.disabledAt, diagnoses: count(diagnoses.id) })
    .from(users)
    .leftJoin(diagnoses, eq(diagnoses.userId, users.id))
    .groupBy(users.id)
    .orderBy(users.createdAt, users.id);
  return rows.map(({ disabledAt, ...row }) => ({ ...row, disabled: disabledAt !== null }));
}

/**
 * Disables (or re-enables) the account with this email or username. A disabled account keeps its
 * data but cannot sign in, hold a session or reset its password; its sessions and reset tokens
 * are revoked, and evicted from `cache` (the replicas' shared one, when the CLI has REDIS_URL). Returns
 * false when no account matches.
 */
export async function setUserDisabled(db: Database, emailOrUsername: string, disabled: boolean, cache?: ValidatedSessionCache | null): Promise<boolean> {
  const [user] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(or(eq(users.email, emailOrUsername.trim().toLowerCase()), eq(users.username, emailOrUsername.trim())))
    .limit(1);
  if (!user) return false;
  if ((user.disabledAt !== null) !== disabled) {
    const now = new Date();
    await db.update(users).set({ disabledAt: disabled ? now : null, updatedAt: now }).where(eq(users.id, user.id));
  }
  if (disabled) {
    await invalidateUserSessions(db, user.id, cache);
    await db.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
  }
  return true;
}
