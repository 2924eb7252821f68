import { createMiddleware } from 'hono/factory';
import type { Logger } from '../observability/logger';
import type { LogFields } from '../trpc/context';
import type { AppEnv } from './app-env';

/** The tRPC procedure(s) a path calls: `/trpc/a.b` → `a.b`; a batch `/trpc/a,b` → `a,b`. */
function procedureOf(path: string): string | undefined {
  if (!path.startsWith('/trpc/')) return undefined;
  const raw = path.slice('/trpc/'.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape (`/trpc/%zz`) must not cost the request its log line.
    return raw;
  }
}

/**
 * One structured log line per request: id, method, path, tRPC procedure, the caller's user id
 * once a session was validated (never an email or a password), status and duration.
 */
export function requestLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const fields: LogFields = { userId: null };
    c.set('logFields', fields);
    await next();
    logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        procedure: procedureOf(c.req.path),
        userId: fields.userId ?? undefined,
        status: c.res.status,
        durationMs: Math.round(performance.now() - started),
      },
      'request',
    );
  });
}
