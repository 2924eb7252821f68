import { sessionCookie } from '../auth/session-cookie';
import { validateSessionToken, type SessionValidation } from '../auth/session';
import type { Context } from './context';

type SessionScope = Pick<Context, 'db' | 'session' | 'sessionToken'> & Partial<Pick<Context, 'logFields' | 'sessionFromCookie' | 'resHeaders' | 'config' | 'sessionCache'>>;

/**
 * The caller's session: the one given to the context, else the validated token, else null.
 * A validated caller's user id goes to the request's log line; a renewed cookie session gets
 * its cookie re-sent with the new expiry, so the browser keeps it as long as the server does.
 */
export async function resolveSession(ctx: SessionScope): Promise<SessionValidation | null> {
  const validated = ctx.session ?? (ctx.sessionToken ? await validateSessionToken(ctx.db, ctx.sessionToken, new Date(), ctx.sessionCache) : null);
  if (validated && ctx.logFields) ctx.logFields.userId = validated.user.id;
  if (validated?.renewed && ctx.sessionFromCookie && ctx.sessionToken && ctx.resHeaders && ctx.config) {
    ctx.resHeaders.append('Set-Cookie', sessionCookie(ctx.sessionToken, validated.session.expiresAt, ctx.config.production));
  }
  return validated;
}
