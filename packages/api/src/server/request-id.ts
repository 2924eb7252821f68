import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';

/**
 * Hono's `requestId`, with the header written on the finished response: the caller's
 * `X-Request-Id` when it is up to 255 word characters, `-` or `=`, else a new UUID, in the
 * `requestId` variable and the response header.
 */
export function requestId() {
  return createMiddleware<AppEnv>(async (c, next) => {
    let id = c.req.header('X-Request-Id');
    if (!id || id.length > 255 || /[^\w\-=]/.test(id)) id = crypto.randomUUID();
    c.set('requestId', id);
    await next();
    // On c.res directly: c.header() on a finished response would rebuild it.
    c.res.headers.set('X-Request-Id', id);
  });
}
