/**
 * Condition score from mask coverage: 100 when nothing is found, falling linearly to 0 when the
 * union of the condition's masks covers `maxAreaRatio` of the crop.
 * Source: the original server's `calculate_score` (`int(100 * (1 - ratio / max_ratio))`, clamped).
 *
 * @param areaRatio union mask area / crop area, 0..1
 * @param maxAreaRatio coverage that scores 0 (default 0.10)
 * @example conditionScore(0.025, 0.1) // 75
 */
export function conditionScore(areaRatio: number, maxAreaRatio: number): number {
  if (!(maxAreaRatio > 0)) throw new Error('maxAreaRatio must be > 0');
  if (areaRatio <= 0) return 100;
  const raw = Math.floor(100 * (1 - areaRatio / maxAreaRatio));
  return Math.min(100, Math.max(0, raw));
}

/**
 * Total score: the integer mean of the condition scores (the original's `sum(scores) // 3`).
 * @example totalScore([75, 100, 90]) // 88
 */
export function totalScore(scores: readonly number[]): number {
  if (scores.length === 0) throw new Error('totalScore needs at least one condition score');
  return Math.floor(scores.reduce((a, b) => a + b, 0) / scores.length);
}
