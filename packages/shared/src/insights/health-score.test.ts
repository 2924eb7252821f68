import { describe, expect, it } from 'vitest';
import { healthScore } from './health-score';

const DAY = 86_400_000;
const NOW = 100 * DAY;

describe('healthScore', () => {
  it('weights a diagnosis one half-life old half as much as one from now', () => {
    // (1 * 80 + 0.5 * 50) / 1.5 = 70
    expect(healthScore([{ t: NOW, v: 80 }, { t: NOW - 7 * DAY, v: 50 }], NOW)).toBe(70);
  });

  it('equals the score of a single diagnosis', () => {
    expect(healthScore([{ t: NOW - 3 * DAY, v: 64 }], NOW)).toBe(64);
  });

  it('is 0 without diagnoses', () => {
    expect(healthScore([], NOW)).toBe(0);
  });
});
