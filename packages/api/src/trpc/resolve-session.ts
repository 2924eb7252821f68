import { validateSessionToken, type SessionValidation } from '../auth/session';
import type { Context } from './context';

/**
 * The caller's session: the one given to the context, else the validated token, else null.
 * A validated caller's user id goes to the request's log line.
 */
export async function resolveSession(ctx: Pick<Context, 'db' | 'session' | 'sessionToken'> & Partial<Pick<Context, 'logFields'>>): Promise<SessionValidation | null> {
  const validated = ctx.session ?? (ctx.sessionToken ? await validateSessionToken(ctx.db, ctx.sessionToken) : null);
  if (validated && ctx.logFields) ctx.logFields.userId = validated.user.id;
  return validated;
}
