import type { Trend } from '../api/insights';

/** One score at one time; `t` in epoch milliseconds. */
export interface SeriesPoint {
  t: number;
  v: number;
}

const DAY_MS = 86_400_000;
/** Slopes smaller than this, in points per day, count as stable. */
export const STABLE_SLOPE = 0.1;

/** Time the series spans, in ms. */
function spanOf(points: readonly SeriesPoint[]): number {
  const times = points.map((p) => p.t);
  return times.length < 2 ? 0 : Math.max(...times) - Math.min(...times);
}

/**
 * Least-squares slope of a series in score points per day; 0 when the series spans less than a
 * day (checks minutes apart say nothing about a daily rate, and would give absurd slopes).
 * @example slopePerDay([{ t: 0, v: 50 }, { t: 86_400_000, v: 60 }]) // 10
 */
export function slopePerDay(points: readonly SeriesPoint[]): number {
  const n = points.length;
  if (n < 2 || spanOf(points) < DAY_MS) return 0;
  const meanT = points.reduce((s, p) => s + p.t / DAY_MS, 0) / n;
  const meanV = points.reduce((s, p) => s + p.v, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    const dt = p.t / DAY_MS - meanT;
    num += dt * (p.v - meanV);
    den += dt * dt;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * Trend of a score series (any order): slope, first and last by time, best and worst, and a
 * direction where higher scores are better: from the slope, or from the change when the series
 * spans less than a day. Returns null for an empty series.
 */
export function trendOf(points: readonly SeriesPoint[]): Trend | null {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  const values = sorted.map((p) => p.v);
  const slope = slopePerDay(sorted);
  // Within one day there is no rate: a change of a point or more still shows which way it went.
  const [rate, threshold] = spanOf(sorted) < DAY_MS ? [last.v - first.v, 1] : [slope, STABLE_SLOPE];
  const direction = Math.abs(rate) < threshold ? 'stable' : rate > 0 ? 'improving' : 'worsening';
  return {
    slopePerDay: Math.round(slope * 1000) / 1000,
    first: first.v,
    last: last.v,
    best: Math.max(...values),
    worst: Math.min(...values),
    change: last.v - first.v,
    direction,
  };
}
