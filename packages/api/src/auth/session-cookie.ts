import { parse, serialize } from 'hono/utils/cookie';

export const SESSION_COOKIE = 'derma_session';

/** `Set-Cookie` value carrying a session token: HttpOnly, SameSite=Lax, Secure in production. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', expires: expiresAt });
}

/** `Set-Cookie` value that removes the session cookie. */
export function blankSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: 0 });
}

/**
 * The session token of a request and where it came from: `Authorization: Bearer` first, then
 * the cookie. The source matters: only cookie sessions need the Origin check.
 */
export function readSessionToken(headers: Headers): { token: string; source: 'bearer' | 'cookie' } | null {
  const authorization = headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+([a-z2-7]{16,64})$/i)?.[1];
  if (bearer) return { token: bearer.toLowerCase(), source: 'bearer' };
  const cookie = headers.get('cookie');
  const token = cookie ? parse(cookie, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
  return token ? { token, source: 'cookie' } : null;
}
