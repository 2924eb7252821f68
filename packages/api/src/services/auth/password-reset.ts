import { and, eq, gt } from 'drizzle-orm';
import { generateToken, hashToken } from '../../auth/tokens';
import type { Database } from '../../db/client';
import { passwordResetTokens } from '../../db/schema/index';

/** Reset tokens are valid for 30 minutes. */
export const RESET_TOKEN_TTL_MS = 30 * 60_000;

/** Issues a reset token for a user, replacing any earlier one; only its hash is stored. */
export async function issueResetToken(db: Database, userId: string, now = new Date()): Promise<string> {
  const token = generateToken();
  await db.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
  await db.insert(passwordResetTokens).values({
    id: hashToken(token),
    userId,
    expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
    createdAt: now,
  });
  return token;
}

/**
 * Consumes a reset token: returns its user id once, then never again; null when unknown or
 * expired. Deleting before use makes two concurrent resets with one token impossible.
 */
export async function consumeResetToken(db: Database, token: string, now = new Date()): Promise<string | null> {
  const id = hashToken(token);
  const [row] = await db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.id, id), gt(passwordResetTokens.expiresAt, now)))
    .limit(1);
  const [deleted] = await db.delete(passwordResetTokens).where(eq(passwordResetTokens.id, id));
  if (!row || deleted.affectedRows !== 1) return null;
  return row.userId;
}
