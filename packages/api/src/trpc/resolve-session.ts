import { validateSessionToken, type SessionValidation } from '../auth/session';
import type { Context } from './context';

/** The caller's session: the one given to the context, else the validated token, else null. */
export async function resolveSession(ctx: Pick<Context, 'db' | 'session' | 'sessionToken'>): Promise<SessionValidation | null> {
  if (ctx.session) return ctx.session;
  if (!ctx.sessionToken) return null;
  return validateSessionToken(ctx.db, ctx.sessionToken);
}
