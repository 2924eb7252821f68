import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readSessionToken } from '../auth/session-cookie';
import { createRequestContext, type ApiDeps } from '../trpc/context';
import { appRouter } from '../trpc/root';
import type { AppEnv } from './app-env';
import { apiCors } from './api-cors';
import { clientIp } from './client-ip';
import { directQueries, type RequestContext } from './direct-query';
import { drainUnreadBody } from './drain-unread-body';
import { mountDocs } from './docs-routes';
import { checkHealth } from './health';
import { originCheck } from './origin-check';
import { requestId } from './request-id';
import { requestLog } from './request-log';
import { securityHeaders } from './security-headers';
import { mountPhotos } from './photo-route';
import type { ModelCompression } from './model-compression';
import { mountModels, mountWebApp } from './static-files';

export type AppDeps = ApiDeps & {
  /** Browser origins other than the API's own that may call it with credentials. */
  corsOrigins?: readonly string[];
  /** Take the client IP from `X-Forwarded-For` (behind a load balancer). */
  trustProxy?: boolean;
  /** The built web app, served at `/` with an `index.html` fallback. */
  staticDir?: string | undefined;
  /** Model files and manifest, served at `/models`. */
  modelsDir?: string | undefined;
  /** Where `/models` keeps its compressed copies (default: a folder in the system's tmpdir). */
  modelCompression?: ModelCompression;
  /** Answer plain GET queries without tRPC's fetch handler (default true; tests compare both). */
  directQueries?: boolean;
};

const hasNoBody = (method: string) => method === 'GET' || method === 'HEAD';

/**
 * The HTTP app: `/trpc` (tRPC v11, plain JSON, SSE subscriptions), `/health`, `/metrics`,
 * `/openapi.json` with its reference page `/docs`, and
 * optionally the web build and `/models`, with security and cross-origin isolation headers.
 * Tests call `app.request()`; `main.ts` serves it with @hono/node-server.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const startedAt = Date.now();
  const corsOrigins = deps.corsOrigins ?? [];

  app.use('*', requestId(), requestLog(deps.logger), securityHeaders(deps.config.production), clientIp(deps.trustProxy ?? false));
  // Outermost on uploads: an early answer (413, refusal) must reach a client still sending.
  app.use('/trpc/*', drainUnreadBody({ maxBytes: 256 * 1024 * 1024, maxMs: 60_000 }));
  app.use('/trpc/*', apiCors(corsOrigins));
  app.use('/trpc/*', originCheck(corsOrigins));
  // Photo uploads to the server fallback may be as large as MAX_IMAGE_SIZE; JSON bodies far less.
  const limitBody = (maxSize: number) =>
    bodyLimit({
      maxSize: maxSize + 64 * 1024,
      // Shaped like a tRPC error (JSON-RPC code -32413) so clients handle it like any other.
      onError: (c) =>
        c.json(
          { error: { message: `Request body too large; the limit is ${maxSize} bytes.`, code: -32413, data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, reason: 'TOO_LARGE' } } },
          413,
        ),
    });
  const photoLimit = limitBody(deps.config.maxImageBytes);
  const jsonLimit = limitBody(deps.config.maxSubmitBytes);
  const photoPaths = new Set(['/trpc/diagnosis.analyze', '/trpc/diagnosis.attachPhoto']);
  // A GET or HEAD carries no body: looking for one would build the full fetch Request for nothing.
  app.use('/trpc/*', (c, next) => (hasNoBody(c.req.method) ? next() : photoPaths.has(c.req.path) ? photoLimit(c, next) : jsonLimit(c, next)));
  const requestContext: RequestContext = (c, resHeaders) => {
    const presented = readSessionToken(c.req.raw.headers);
    return createRequestContext(deps, {
      sessionToken: presented?.token ?? null,
      sessionFromCookie: presented?.source === 'cookie',
      ip: String(c.get('clientIp')),
      resHeaders,
      logFields: c.get('logFields'),
    });
  };
  if (deps.directQueries !== false) app.use('/trpc/*', directQueries(appRouter, requestContext));
  app.use('/trpc/*', trpcServer({ router: appRouter, endpoint: '/trpc', createContext: (opts, c) => requestContext(c, opts.resHeaders) }));

  app.get('/health', async (c) => {
    const health = await checkHealth(deps, startedAt);
    c.header('Cache-Control', 'no-store');
    return c.json(health, health.status === 'down' ? 503 : 200);
  });

  app.get('/metrics', async (c) => {
    c.header('Content-Type', deps.metrics.registry.contentType);
    return c.body(await deps.metrics.registry.metrics());
  });

  mountDocs(app, deps.config);
  mountPhotos(app, deps);
  if (deps.modelsDir) mountModels(app, deps.modelsDir, deps.modelCompression);
  if (deps.staticDir) mountWebApp(app, deps.staticDir);
  return app;
}
