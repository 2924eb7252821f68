import { describe, expect, it } from 'vitest';
import { computeInsights, type ScoredDiagnosis } from './compute-insights';

const DAY = 86_400_000;
const NOW = 1_000 * DAY;

function diagnosis(daysAgo: number, total: number): ScoredDiagnosis {
  return { t: NOW - daysAgo * DAY, totalScore: total, scores: { acne: total, atopy: 100, wrinkle: 100 - daysAgo } };
}

describe('computeInsights', () => {
  it('answers insufficient_data with how many more diagnoses are needed', () => {
    const result = computeInsights([diagnosis(1, 50)], { now: NOW, periodDays: 30, minDataPoints: 3 });
    expect(result).toEqual({ status: 'insufficient_data', periodDays: 30, dataPoints: 1, required: 3, needed: 2 });
  });

  it('ignores diagnoses outside the period', () => {
    const result = computeInsights([diagnosis(40, 10), diagnosis(2, 60), diagnosis(1, 70), diagnosis(0, 80)], {
      now: NOW,
      periodDays: 30,
      minDataPoints: 3,
    });
    expect(result.status === 'ok' && result.total.first).toBe(60);
    expect(result.dataPoints).toBe(3);
  });

  it('gives per-condition trends, the health score and streaks', () => {
    const result = computeInsights([diagnosis(2, 60), diagnosis(1, 70), diagnosis(0, 80)], { now: NOW, periodDays: 30, minDataPoints: 3 });
    if (result.status !== 'ok') throw new Error('expected a report');
    expect(result.conditions.acne.direction).toBe('improving');
    expect(result.conditions.atopy.direction).toBe('stable');
    expect(result.conditions.wrinkle.change).toBe(2);
    expect(result.streaks).toEqual({ currentDays: 3, longestDays: 3, improving: 2 });
    expect(result.healthScore).toBeGreaterThan(70);
  });
});
