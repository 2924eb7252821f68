import { computeInsights, insightsSchema, type Insights } from '@derma/shared';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { compileQuery } from '../../db/compiled-query';
import { preparedFor } from '../../db/prepared';
import { insightCache } from '../../db/schema/index';
import type { Context } from '../../trpc/context';
import { jsonOf, validated } from '../../trpc/validated-output';
import { scoredSince } from '../diagnosis/scored-heads';
import { readKeys, type ReadMark } from '../read-memory';

const DAY_MS = 86_400_000;

/** How the kept reads of a change that began at `since` follow it, instead of being dropped (`ReadMemory.reviseUser`). */
export interface ReadRevision {
  since: ReadMark;
  revise: (key: string, value: unknown) => unknown;
}

/**
 * Drops what was read of a user's diagnoses: the insight table's rows, then this process's kept
 * reads (insights, newest, list pages, details, score history), or with `revision` (which may
 * still be on its way) only those it cannot revise. Called when a diagnosis is added or deleted,
 * after the change (a photo attached changes no insight: those paths evict the memory alone).
 */
export async function invalidateUserReads(ctx: Pick<Context, 'db' | 'readMemory'>, userId: string, revision?: ReadRevision | Promise<ReadRevision | undefined>): Promise<void> {
  // A revision still being worked out (its own query) runs beside the table's delete.
  const [, revised] = await Promise.all([statements(ctx.db).invalidate.execute({ userId }), revision]);
  if (revised) ctx.readMemory?.reviseUser(userId, revised.since, revised.revise);
  else ctx.readMemory?.evictUser(userId);
}

// At most one row: (user, period) is the primary key.
const cachedPayload = compileQuery((db) =>
  db
    .select({ payload: insightCache.payload, expiresAt: insightCache.expiresAt })
    .from(insightCache)
    .where(and(eq(insightCache.userId, sql.placeholder('userId')), eq(insightCache.periodDays, sql.placeholder('days')), gt(insightCache.expiresAt, sql.placeholder('now')))),
);

// The payload goes as the JSON text `jsonText` would write.
const storePayload = compileQuery((db) => {
  const [payload, expiresAt, now] = [sql.placeholder('payload'), sql.placeholder('expiresAt'), sql.placeholder('now')];
  return db
    .insert(insightCache)
    .values({ userId: sql.placeholder('userId'), periodDays: sql.placeholder('days'), payload, expiresAt, createdAt: now })
    .onDuplicateKeyUpdate({ set: { payload: sql`${payload}`, expiresAt: sql`${expiresAt}`, createdAt: sql`${now}` } });
});

const statements = preparedFor((db) => ({
  invalidate: db.delete(insightCache).where(eq(insightCache.userId, sql.placeholder('userId'))).prepare(),
}));

async function computeFresh(db: Database, userId: string, days: number, minDataPoints: number, now: Date): Promise<Insights> {
  const heads = await scoredSince(db, userId, new Date(now.getTime() - days * DAY_MS));
  const points = heads.map(({ head, findings }) => {
    const of = (c: string): number => findings.find((r) => r.condition === c)?.score ?? 0;
    return { t: head.createdAt.getTime(), totalScore: head.totalScore, scores: { acne: of('acne'), atopy: of('atopy'), wrinkle: of('wrinkle') } };
  });
  return computeInsights(points, { now: now.getTime(), periodDays: days, minDataPoints });
}

/**
 * The user's insights over `days`: from the cache while fresh (this process's memory, else the
 * table), else computed and cached for `AI_INSIGHTS_CACHE_TTL` seconds. Counts hits and misses
 * and times generation.
 */
export async function getInsights(ctx: Pick<Context, 'db' | 'config' | 'metrics' | 'logger' | 'readMemory'>, userId: string, days: number): Promise<Insights> {
  const now = new Date();
  const memory = ctx.readMemory;
  const key = readKeys.insights(days);
  const kept = memory?.get(userId, key, now.getTime());
  if (kept) return hit(ctx, userId, days, kept.value);
  const mark = memory?.mark(now.getTime());
  const [cached] = await cachedPayload(ctx.db, { userId, days, now });
  if (cached) {
    const insights = validated(insightsSchema, JSON.parse(cached[0] as string));
    if (memory && mark) memory.set(userId, key, insights, mark, Date.now(), (cached[1] as Date).getTime());
    return hit(ctx, userId, days, insights);
  }
  ctx.metrics.insightsCache.inc({ result: 'miss' });
  const started = performance.now();
  const insights = validated(insightsSchema, await computeFresh(ctx.db, userId, days, ctx.config.insightsMinDataPoints, now));
  const seconds = (performance.now() - started) / 1000;
  ctx.metrics.insightsGeneration.observe(seconds);
  ctx.logger.info({ userId, days, cache: 'miss', durationMs: Math.round(seconds * 1000) }, 'insights generated');
  const expiresAt = new Date(now.getTime() + ctx.config.insightsCacheTtlSeconds * 1000);
  await storePayload(ctx.db, { userId, days, payload: jsonOf(insights), expiresAt, now });
  if (memory && mark) memory.set(userId, key, insights, mark, Date.now(), expiresAt.getTime());
  return insights;
}

function hit(ctx: Pick<Context, 'metrics' | 'logger'>, userId: string, days: number, insights: Insights): Insights {
  ctx.metrics.insightsCache.inc({ result: 'hit' });
  ctx.logger.debug({ userId, days, cache: 'hit' }, 'insights');
  return insights;
}
