import type { Insights, Trend } from '../api/insights';
import { CONDITION_IDS, type ConditionId } from '../catalogue/conditions';
import { healthScore } from './health-score';
import { streaksOf } from './streaks';
import { trendOf, type SeriesPoint } from './trend';

/** One diagnosis as the insight maths needs it; `t` in epoch milliseconds. */
export interface ScoredDiagnosis {
  t: number;
  totalScore: number;
  scores: Record<ConditionId, number>;
}

export interface ComputeInsightsOptions {
  /** Epoch ms at the end of the period. */
  now: number;
  periodDays: number;
  /** Fewer diagnoses in the period than this gives an `insufficient_data` answer. */
  minDataPoints: number;
}

const DAY_MS = 86_400_000;

function requireTrend(points: readonly SeriesPoint[]): Trend {
  const trend = trendOf(points);
  if (!trend) throw new Error('trend of an empty series');
  return trend;
}

/**
 * Insights over the `periodDays` before `now`: trend of the total and of each condition, the
 * weighted health score and streaks; or how many more diagnoses are needed.
 */
export function computeInsights(diagnoses: readonly ScoredDiagnosis[], options: ComputeInsightsOptions): Insights {
  const { now, periodDays, minDataPoints } = options;
  const fromMs = now - periodDays * DAY_MS;
  const inPeriod = diagnoses.filter((d) => d.t >= fromMs && d.t <= now);
  const required = Math.max(1, minDataPoints);
  if (inPeriod.length < required) {
    return { status: 'insufficient_data', periodDays, dataPoints: inPeriod.length, required, needed: required - inPeriod.length };
  }
  const totals = inPeriod.map((d) => ({ t: d.t, v: d.totalScore }));
  const series = (id: ConditionId): SeriesPoint[] => inPeriod.map((d) => ({ t: d.t, v: d.scores[id] }));
  const [acne, atopy, wrinkle] = CONDITION_IDS.map((id) => requireTrend(series(id)));
  if (!acne || !atopy || !wrinkle) throw new Error('missing condition trend');
  return {
    status: 'ok',
    periodDays,
    from: new Date(fromMs).toISOString(),
    to: new Date(now).toISOString(),
    dataPoints: inPeriod.length,
    healthScore: healthScore(totals, now),
    total: requireTrend(totals),
    conditions: { acne, atopy, wrinkle },
    streaks: streaksOf(totals, now),
  };
}
