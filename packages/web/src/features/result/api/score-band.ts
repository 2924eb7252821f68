/** Display bands of a 0-100 score, best first. */
export type ScoreBand = 'excellent' | 'good' | 'fair' | 'poor';

/** Lower bound of each band; a score belongs to the first band whose bound it reaches. */
export const BAND_FLOORS: readonly [ScoreBand, number][] = [
  ['excellent', 90],
  ['good', 70],
  ['fair', 50],
  ['poor', 0],
];

/** The band of a 0-100 score. */
export function scoreBand(score: number): ScoreBand {
  return BAND_FLOORS.find(([, floor]) => score >= floor)?.[0] ?? 'poor';
}
