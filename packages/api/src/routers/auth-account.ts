import {
  authSessionSchema,
  changePasswordInputSchema,
  deleteAccountInputSchema,
  okSchema,
  requestPasswordResetInputSchema,
  resetPasswordInputSchema,
} from '@derma/shared';
import { and, eq, isNull } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import type { Database } from '../db/client';
import { users } from '../db/schema/index';
import { AuthError } from '../services/auth/auth-error';
import { clearSessionCookie, issueSession } from '../services/auth/issue-session';
import { consumeResetToken, issueResetToken } from '../services/auth/password-reset';
import { enforceRateLimit } from '../trpc/enforce-rate-limit';
import { authProcedure, protectedProcedure } from '../trpc/trpc';

async function assertPassword(db: Database, userId: string, password: string): Promise<void> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (!row || !(await verifyPassword(row.passwordHash, password))) {
    throw new AuthError('FORBIDDEN', 'WRONG_PASSWORD', 'The password is wrong.');
  }
}

/** Password and account lifecycle procedures of the `auth` router. */
export const accountProcedures = {
  /** Changes the password, ends every session, and starts a fresh one for this client. */
  changePassword: protectedProcedure
    .input(changePasswordInputSchema)
    .output(authSessionSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, `auth-account:${ctx.user.email}`, ctx.config.authRateLimit.perAccount, ctx.config.authRateLimit.windowMs);
      await assertPassword(ctx.db, ctx.user.id, input.current);
      const passwordHash = await hashPassword(input.next);
      await ctx.db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, ctx.user.id));
      await invalidateUserSessions(ctx.db, ctx.user.id, ctx.sessionCache);
      return issueSession(ctx, ctx.user);
    }),

  /** Deletes the user (foreign keys cascade to sessions, diagnoses, findings, advice, reviews) and their photos. */
  deleteAccount: protectedProcedure
    .input(deleteAccountInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await assertPassword(ctx.db, ctx.user.id, input.password);
      await ctx.db.delete(users).where(eq(users.id, ctx.user.id));
      try {
        await ctx.sessionCache?.evictUser(ctx.user.id);
      } finally {
        // The account is gone: its photos and cookie go too, whatever the cache said.
        await ctx.photos?.removeUser(ctx.user.id);
        clearSessionCookie(ctx);
      }
      ctx.readMemory?.evictUser(ctx.user.id);
      ctx.logger.info({ userId: ctx.user.id }, 'account deleted');
      return { ok: true as const };
    }),

  /** Same answer whether or not the email exists; the email is sent in the background. */
  requestPasswordReset: authProcedure
    .input(requestPasswordResetInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, `reset:${input.email}`, ctx.config.authRateLimit.perAccount, ctx.config.authRateLimit.windowMs);
      const [user] = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.email, input.email), isNull(users.disabledAt)))
        .limit(1);
      if (user) {
        const token = await issueResetToken(ctx.db, user.id);
        const url = new URL('/reset-password', ctx.config.appUrl);
        url.searchParams.set('token', token);
        ctx.mailer.sendPasswordReset(input.email, url.toString()).catch((err: unknown) => ctx.logger.error({ err }, 'reset email failed'));
      }
      return { ok: true as const };
    }),

  /** Sets a new password with a single-use token and ends every session of the account. */
  resetPassword: authProcedure
    .input(resetPasswordInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      const userId = await consumeResetToken(ctx.db, input.token);
      const invalid = new AuthError('BAD_REQUEST', 'RESET_LINK_INVALID', 'The reset link is invalid or has expired.');
      if (!userId) throw invalid;
      const passwordHash = await hashPassword(input.password);
      // A disabled account stays disabled: a reset never brings it back.
      const [updated] = await ctx.db
        .update(users)
        .set({ passwordHash, updatedAt: new Date() })
        .where(and(eq(users.id, userId), isNull(users.disabledAt)));
      if (updated.affectedRows === 0) throw invalid;
      await invalidateUserSessions(ctx.db, userId, ctx.sessionCache);
      return { ok: true as const };
    }),
};
