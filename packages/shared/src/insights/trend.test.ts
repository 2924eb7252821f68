import { describe, expect, it } from 'vitest';
import { slopePerDay, trendOf } from './trend';

const DAY = 86_400_000;

describe('slopePerDay', () => {
  it('gives the least-squares slope in points per day', () => {
    expect(slopePerDay([{ t: 0, v: 50 }, { t: DAY, v: 60 }, { t: 2 * DAY, v: 70 }])).toBeCloseTo(10);
  });

  it('is 0 for a single point or points at one time', () => {
    expect(slopePerDay([{ t: 0, v: 50 }])).toBe(0);
    expect(slopePerDay([{ t: 5, v: 50 }, { t: 5, v: 90 }])).toBe(0);
  });

  it('is 0 for checks less than a day apart instead of an absurd daily rate', () => {
    expect(slopePerDay([{ t: 0, v: 60 }, { t: 1_000, v: 70 }, { t: 2_000, v: 80 }])).toBe(0);
  });
});

describe('trendOf', () => {
  it('takes first and last by time even when the input is unordered', () => {
    const trend = trendOf([{ t: 2 * DAY, v: 80 }, { t: 0, v: 40 }, { t: DAY, v: 90 }]);
    expect(trend).toMatchObject({ first: 40, last: 80, best: 90, worst: 40, change: 40, direction: 'improving' });
  });

  it('calls a falling series worsening and a flat one stable', () => {
    expect(trendOf([{ t: 0, v: 80 }, { t: DAY, v: 70 }])?.direction).toBe('worsening');
    expect(trendOf([{ t: 0, v: 80 }, { t: 30 * DAY, v: 81 }])?.direction).toBe('stable');
  });

  it('takes the direction from the change when the checks are less than a day apart', () => {
    expect(trendOf([{ t: 0, v: 60 }, { t: 60_000, v: 80 }])).toMatchObject({ slopePerDay: 0, change: 20, direction: 'improving' });
    expect(trendOf([{ t: 0, v: 80 }, { t: 60_000, v: 80 }])?.direction).toBe('stable');
  });

  it('returns null for an empty series', () => {
    expect(trendOf([])).toBeNull();
  });
});
