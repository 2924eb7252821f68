import { createMiddleware } from 'hono/factory';
import { readSessionToken } from '../auth/session-cookie';
import type { AppEnv } from './app-env';

/**
 * Refuses state-changing requests authenticated by the session cookie unless they come from
 * this origin or an allowed one (CSRF defence of Lucia's guide). Bearer-token clients are not
 * affected: browsers never attach that header by themselves.
 */
export function originCheck(allowedOrigins: readonly string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    if (readSessionToken(c.req.raw.headers)?.source !== 'cookie') return next();
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    if (origin && (origin === own || allowedOrigins.includes(origin))) return next();
    return c.json({ error: { message: 'Cross-origin request refused.', code: 'FORBIDDEN' } }, 403);
  });
}
