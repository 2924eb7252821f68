import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for the API with credentials, for `origins` besides our own: Hono's `cors` answers
 * preflights; on other requests the same headers it would set (Allow-Origin when the origin is
 * listed, Allow-Credentials, Vary: Origin) are set once the answer exists. Hono's sets them on
 * `c.res` before the handler runs, which makes Hono rebuild the handler's Response into a full
 * fetch Response with a stream body on every call.
 */
export function apiCors(origins: readonly string[]): MiddlewareHandler {
  const preflight = cors({ origin: [...origins], credentials: true, maxAge: 600 });
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = c.req.header('origin');
    await next();
    const headers = c.res.headers;
    if (origin && origins.includes(origin)) headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.append('Vary', 'Origin');
  };
}
