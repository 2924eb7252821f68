import type { SeriesPoint } from './trend';

const DAY_MS = 86_400_000;
/** Weight halves for every this many days a diagnosis lies before `now`. */
export const HEALTH_SCORE_HALF_LIFE_DAYS = 7;

/**
 * Overall skin health score 0-100: the mean of the total scores weighted towards recent
 * diagnoses (exponential decay with a 7-day half-life), rounded. 0 for an empty series.
 * @param points total scores with their times (epoch ms)
 * @param now epoch ms the weights are measured from
 * @example healthScore([{ t: now, v: 80 }, { t: now - 7 * 86_400_000, v: 50 }], now) // 70
 */
export function healthScore(points: readonly SeriesPoint[], now: number, halfLifeDays = HEALTH_SCORE_HALF_LIFE_DAYS): number {
  let weighted = 0;
  let weights = 0;
  for (const p of points) {
    const ageDays = Math.max(0, (now - p.t) / DAY_MS);
    const w = 0.5 ** (ageDays / halfLifeDays);
    weighted += w * p.v;
    weights += w;
  }
  if (weights === 0) return 0;
  return Math.min(100, Math.max(0, Math.round(weighted / weights)));
}
