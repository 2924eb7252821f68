import { authSessionSchema, loginInputSchema, okSchema, signupInputSchema, updateProfileInputSchema, userSchema } from '@derma/shared';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../auth/password';
import { invalidateSession } from '../auth/session';
import { users } from '../db/schema/index';
import { AuthError } from '../services/auth/auth-error';
import { clearSessionCookie, issueSession } from '../services/auth/issue-session';
import { assertAvailable, publicUserColumns, rethrowDuplicate, toUserDto } from '../services/auth/user-service';
import { enforceRateLimit } from '../trpc/enforce-rate-limit';
import { authProcedure, protectedProcedure, router } from '../trpc/trpc';
import { accountProcedures } from './auth-account';

// Verifying against a real hash when the email is unknown keeps login time independent of it.
const DUMMY_HASH = hashPassword('timing-equaliser-0');

export const authRouter = router({
  signup: authProcedure
    .input(signupInputSchema)
    .output(authSessionSchema)
    .mutation(async ({ ctx, input }) => {
      await assertAvailable(ctx.db, { email: input.email, username: input.username });
      const now = new Date();
      const user = { id: crypto.randomUUID(), email: input.email, username: input.username, createdAt: now };
      const passwordHash = await hashPassword(input.password);
      await ctx.db.insert(users).values({ ...user, passwordHash, updatedAt: now }).catch(rethrowDuplicate);
      return issueSession(ctx, user);
    }),

  login: authProcedure
    .input(loginInputSchema)
    .output(authSessionSchema)
    .mutation(async ({ ctx, input }) => {
      const { perAccount, windowMs } = ctx.config.authRateLimit;
      await enforceRateLimit(ctx, `auth-account:${input.email}`, perAccount, windowMs);
      const [row] = await ctx.db
        .select({ ...publicUserColumns, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.email, input.email))
        .limit(1);
      const valid = await verifyPassword(row?.passwordHash ?? (await DUMMY_HASH), input.password);
      if (!row || !valid) throw new AuthError('UNAUTHORIZED', 'WRONG_CREDENTIALS', 'Wrong email or password.');
      // Said only to someone who knows the password.
      if (row.disabledAt) throw new AuthError('FORBIDDEN', 'ACCOUNT_DISABLED', 'This account has been disabled by the operator.');
      await ctx.rateLimiter.reset(`auth-account:${input.email}`);
      const { passwordHash: _hash, disabledAt: _disabled, ...user } = row;
      return issueSession(ctx, user);
    }),

  logout: protectedProcedure.output(okSchema).mutation(async ({ ctx }) => {
    await invalidateSession(ctx.db, ctx.session.id, ctx.sessionCache);
    clearSessionCookie(ctx);
    return { ok: true as const };
  }),

  me: protectedProcedure.output(userSchema).query(({ ctx }) => toUserDto(ctx.user)),

  updateProfile: protectedProcedure
    .input(updateProfileInputSchema)
    .output(userSchema)
    .mutation(async ({ ctx, input }) => {
      await assertAvailable(ctx.db, { username: input.username }, ctx.user.id);
      await ctx.db
        .update(users)
        .set({ username: input.username, updatedAt: new Date() })
        .where(eq(users.id, ctx.user.id))
        .catch(rethrowDuplicate);
      await ctx.sessionCache?.evictUser(ctx.user.id);
      return toUserDto({ ...ctx.user, username: input.username });
    }),

  ...accountProcedures,
});
