import { getTRPCErrorFromUnknown, initTRPC, TRPCError } from '@trpc/server';
import { isDatabaseUnavailableError } from '../db/database-status';
import type { Context } from './context';
import { enforceRateLimit } from './enforce-rate-limit';
import { ReasonedError } from './reasoned-error';
import { resolveSession } from './resolve-session';

// No stack traces in error responses, whatever NODE_ENV says. Analysis and account errors also
// carry a machine-readable `reason` so clients can word them in the user's language.
const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter: ({ shape, error }) => (error instanceof ReasonedError ? { ...shape, data: { ...shape.data, reason: error.reason } } : shape),
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

type Outcome = { ok: true } | { ok: false; error: TRPCError };

/**
 * Every call: latency and status metrics, and database outages turned into SERVICE_UNAVAILABLE.
 * Runs a procedure kind's checks and the rest of the chain in one middleware level: tRPC copies
 * its call options at every level, and a level costs more than a cached read's own work.
 */
async function observed<T extends Outcome>(ctx: Context, path: string, run: () => Promise<T>): Promise<T> {
  const stop = ctx.metrics.requestDuration.startTimer();
  let result: T | { ok: false; error: TRPCError };
  try {
    result = await run();
  } catch (cause) {
    result = { ok: false, error: getTRPCErrorFromUnknown(cause) };
  }
  let status: string = result.ok ? 'OK' : result.error.code;
  try {
    if (result.ok) return result;
    if (isDatabaseUnavailableError(result.error.cause)) {
      status = 'SERVICE_UNAVAILABLE';
      ctx.logger.warn({ err: result.error.cause, path }, 'database unavailable');
      throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly.', cause: result.error });
    }
    if (result.error.code === 'INTERNAL_SERVER_ERROR') ctx.logger.error({ err: result.error, path }, 'procedure failed');
    throw result.error;
  } finally {
    ctx.metrics.requests.inc({ procedure: path, status });
    stop({ procedure: path, status });
  }
}

/** Refuses early while the start-up migrations have not run, instead of failing mid-query. */
function assertDatabaseReady(ctx: Context): void {
  if (!ctx.dbStatus.ready) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: `The database is unavailable: ${ctx.dbStatus.message ?? 'not migrated yet'}. On-device diagnosis still works.`,
    });
  }
}

/**
 * The checks of a kind of procedure, in order, as one middleware level (each level of tRPC's
 * middleware chain copies its options): the global per-IP limit of `API_RATE_LIMIT` calls per
 * minute, then the database readiness, then the stricter per-IP auth allowance.
 */
async function admit(ctx: Context, checks: { database: boolean; auth: boolean }): Promise<void> {
  await enforceRateLimit(ctx, `ip:${ctx.ip}`, ctx.config.apiRateLimit, 60_000);
  if (checks.database) assertDatabaseReady(ctx);
  if (checks.auth) await enforceRateLimit(ctx, `auth-ip:${ctx.ip}`, ctx.config.authRateLimit.perIp, ctx.config.authRateLimit.windowMs);
}

const gate = (checks: { database: boolean; auth: boolean }) =>
  t.middleware(({ ctx, path, next }) =>
    observed(ctx, path, async () => {
      await admit(ctx, checks);
      return next();
    }),
  );

export const publicProcedure = t.procedure.use(gate({ database: false, auth: false }));

/** Procedures that need the database but no session. */
export const databaseProcedure = t.procedure.use(gate({ database: true, auth: false }));

/** Auth procedures: also limited per IP with the stricter auth allowance. */
export const authProcedure = t.procedure.use(gate({ database: true, auth: true }));

/** Procedures for a signed-in user; `ctx.user` and `ctx.session` are never null downstream. */
export const protectedProcedure = t.procedure.use(({ ctx, path, next }) =>
  observed(ctx, path, async () => {
    await admit(ctx, { database: true, auth: false });
    const validated = await resolveSession(ctx);
    if (!validated) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
    return next({ ctx: { session: validated.session, user: validated.user } });
  }),
);
