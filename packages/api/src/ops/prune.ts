import { lt } from 'drizzle-orm';
import type { Database } from '../db/client';
import { insightCache, passwordResetTokens, sessions } from '../db/schema/index';

export interface PruneCounts {
  sessions: number;
  resetTokens: number;
  insightCache: number;
}

function affected(result: unknown): number {
  const header = Array.isArray(result) ? (result[0] as { affectedRows?: unknown }) : undefined;
  return typeof header?.affectedRows === 'number' ? header.affectedRows : 0;
}

/**
 * Deletes expired sessions, password reset tokens and insight cache entries (expiry strictly
 * before `now`) and returns how many of each went. Safe to run at any time, e.g. from cron.
 */
export async function pruneExpired(db: Database, now = new Date()): Promise<PruneCounts> {
  const removedSessions = await db.delete(sessions).where(lt(sessions.expiresAt, now));
  const removedTokens = await db.delete(passwordResetTokens).where(lt(passwordResetTokens.expiresAt, now));
  const removedInsights = await db.delete(insightCache).where(lt(insightCache.expiresAt, now));
  return { sessions: affected(removedSessions), resetTokens: affected(removedTokens), insightCache: affected(removedInsights) };
}
