import { createMiddleware } from 'hono/factory';
import type { Logger } from '../observability/logger';
import type { AppEnv } from './app-env';

/** One structured log line per request, with its id, status and duration. */
export function requestLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round(performance.now() - started),
      },
      'request',
    );
  });
}
