import type { AuthSession } from '@derma/shared';
import { createSession, type SessionUser } from '../../auth/session';
import { blankSessionCookie, sessionCookie } from '../../auth/session-cookie';
import type { Context } from '../../trpc/context';
import { toUserDto } from './user-service';

/** Starts a session for a user, sets the browser cookie and returns the token for other clients. */
export async function issueSession(ctx: Pick<Context, 'db' | 'resHeaders' | 'config'>, user: SessionUser): Promise<AuthSession> {
  const { token, session } = await createSession(ctx.db, user.id);
  ctx.resHeaders?.append('Set-Cookie', sessionCookie(token, session.expiresAt, ctx.config.production));
  return { user: toUserDto(user), token, expiresAt: session.expiresAt.toISOString() };
}

/** Clears the browser cookie. */
export function clearSessionCookie(ctx: Pick<Context, 'resHeaders' | 'config'>): void {
  ctx.resHeaders?.append('Set-Cookie', blankSessionCookie(ctx.config.production));
}
