import type { Ollama } from 'ollama';
import type { Mailer } from '../auth/mailer';
import type { SessionValidation } from '../auth/session';
import type { ValidatedSessionCache } from '../auth/session-cache';
import type { Database } from '../db/client';
import type { DatabaseStatus } from '../db/database-status';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { InferencePool } from '../inference/pool/inference-pool';
import type { PhotoStore } from '../photos/photo-store';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import type { ReadMemory } from '../services/read-memory';
import type { ApiConfig } from './api-config';

/** Long-lived dependencies shared by every request. */
export type ApiDeps = {
  db: Database;
  dbStatus: DatabaseStatus;
  ollama: Ollama;
  config: ApiConfig;
  rateLimiter: RateLimiter;
  mailer: Mailer;
  metrics: Metrics;
  logger: Logger;
  /** Server fallback inference; absent where the server does not analyse photos. */
  inference?: Pick<InferencePool, 'analyze' | 'stats'> | null;
  /** Kept photos; absent where the server keeps none. */
  photos?: PhotoStore | null;
  /** Recently validated sessions (this process's memory, or Redis for replicas); absent: every request reads the sessions table. */
  sessionCache?: ValidatedSessionCache | null;
  /** Recent reads of users' own data in this process's memory (one API process); absent: every read queries. */
  readMemory?: ReadMemory | null;
};

/** What a request's log line learns while it is handled. */
export type LogFields = { userId: string | null };

/** What one request adds: who calls, from where, and where response headers go. */
export type RequestScope = {
  /** Session token from `Authorization: Bearer` or the cookie; resolved by `protectedProcedure`. */
  sessionToken?: string | null;
  /** The token came in the session cookie (not a Bearer header): renewals re-send the cookie. */
  sessionFromCookie?: boolean;
  /** A session already validated (tests); takes precedence over `sessionToken`. */
  session?: SessionValidation | null;
  ip?: string;
  /** Response headers (Set-Cookie, Retry-After); absent for server-side callers. */
  resHeaders?: Headers | null;
  /** The request log's fields; the session's user id is written here once validated. */
  logFields?: LogFields | null;
};

export type Context = ApiDeps & {
  sessionToken: string | null;
  sessionFromCookie: boolean;
  session: SessionValidation | null;
  ip: string;
  resHeaders: Headers | null;
  logFields: LogFields | null;
};

/**
 * Builds the tRPC context from explicit dependencies; pure, and what tests call with
 * `createCaller(createContextInner({ ...deps, sessionToken }))`.
 * @example const caller = createCaller(createContextInner({ ...deps, sessionToken: token }));
 */
export function createContextInner(opts: ApiDeps & RequestScope): Context {
  return createRequestContext(opts, opts);
}

/**
 * The context of one HTTP request: the dependencies and what the request adds, in one object
 * literal (a second spread of some twenty keys per request is measurable on a cached read).
 */
export function createRequestContext(deps: ApiDeps, scope: RequestScope): Context {
  return {
    ...deps,
    sessionToken: scope.sessionToken ?? null,
    sessionFromCookie: scope.sessionFromCookie ?? false,
    session: scope.session ?? null,
    ip: scope.ip ?? 'local',
    resHeaders: scope.resHeaders ?? null,
    logFields: scope.logFields ?? null,
  };
}
