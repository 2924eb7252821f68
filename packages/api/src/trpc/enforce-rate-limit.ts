import { TRPCError } from '@trpc/server';
import type { Context } from './context';

/**
 * Counts one hit for `key`; over the limit it sets `Retry-After` (seconds) and throws
 * TOO_MANY_REQUESTS naming when to retry.
 */
export async function enforceRateLimit(ctx: Pick<Context, 'rateLimiter' | 'resHeaders'>, key: string, limit: number, windowMs: number): Promise<void> {
  const result = await ctx.rateLimiter.hit(key, limit, windowMs);
  if (result.allowed) return;
  const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
  ctx.resHeaders?.set('Retry-After', String(seconds));
  throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: `Too many requests; retry after ${seconds} s.` });
}
