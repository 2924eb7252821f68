import { quantile } from '../lib/stats';

/** The median of the values; NaN when there are none. */
export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/**
 * Area under the ROC curve of a score meant to be higher for `negatives` than for `positives`
 * (a clear face's acne score over an acne photo's): the share of (negative, positive) pairs
 * ordered that way, ties counting half (Mann-Whitney U over the pair count).
 */
export function auc(negatives: readonly number[], positives: readonly number[]): number {
  let wins = 0;
  for (const n of negatives) for (const p of positives) wins += n > p ? 1 : n === p ? 0.5 : 0;
  return wins / (negatives.length * positives.length || Number.NaN);
}

/** Least-squares slope of y over x; NaN with fewer than two distinct x. */
export function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  return sxx > 0 ? sxy / sxx : Number.NaN;
}

/** Whether the scores, in dose order, never rise and end below where they began. */
export function fallsMonotonically(scores: readonly (number | null)[]): boolean {
  if (scores.some((s) => s === null) || scores.length < 2) return false;
  const s = scores as number[];
  return s.every((v, i) => i === 0 || v <= (s[i - 1] ?? v)) && (s[s.length - 1] ?? 0) < (s[0] ?? 0);
}

/** `hits / total` as a ratio; NaN when nothing was counted. */
export function ratio(hits: number, total: number): number {
  return total > 0 ? hits / total : Number.NaN;
}
