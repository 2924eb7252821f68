import { describe, expect, it } from 'vitest';
import { conditionScore, totalScore } from './score';

describe('conditionScore (original calculate_score)', () => {
  it.each([
    [0, 0.1, 100],
    [0.025, 0.1, 75],
    [0.05, 0.1, 50],
    [0.0999, 0.1, 0],
    [0.1, 0.1, 0],
    [0.5, 0.1, 0],
    [0.0101, 0.1, 89],
    [0.03, 0.2, 85],
    [1 / 65536, 0.1, 99],
  ])('ratio %f with max %f scores %i', (ratio, max, expected) => {
    expect(conditionScore(ratio, max)).toBe(expected);
  });

  it('refuses a non-positive maxAreaRatio', () => {
    expect(() => conditionScore(0.1, 0)).toThrow(/maxAreaRatio/);
  });
});

describe('totalScore', () => {
  it('is the integer mean, rounding down like // 3', () => {
    expect(totalScore([75, 100, 90])).toBe(88);
    expect(totalScore([100, 100, 99])).toBe(99);
    expect(totalScore([0, 0, 2])).toBe(0);
  });
});
