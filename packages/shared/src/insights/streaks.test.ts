import { describe, expect, it } from 'vitest';
import { streaksOf } from './streaks';

const DAY = 86_400_000;
const NOW = 100 * DAY + 3_600_000;

describe('streaksOf', () => {
  it('counts consecutive days ending today, several diagnoses a day counting once', () => {
    const points = [NOW, NOW - 1000, NOW - DAY, NOW - 2 * DAY].map((t) => ({ t, v: 50 }));
    expect(streaksOf(points, NOW)).toMatchObject({ currentDays: 3, longestDays: 3 });
  });

  it('keeps the current streak when the last diagnosis was yesterday and ends it after a gap', () => {
    expect(streaksOf([{ t: NOW - DAY, v: 50 }], NOW).currentDays).toBe(1);
    expect(streaksOf([{ t: NOW - 2 * DAY, v: 50 }], NOW).currentDays).toBe(0);
  });

  it('remembers the longest streak after it broke', () => {
    const points = [10, 11, 12, 13, 20].map((d) => ({ t: d * DAY, v: 50 }));
    expect(streaksOf(points, 20 * DAY).longestDays).toBe(4);
  });

  it('counts the latest diagnoses whose score did not fall', () => {
    const points = [70, 60, 65, 65, 80].map((v, i) => ({ t: i * DAY, v }));
    expect(streaksOf(points, 5 * DAY).improving).toBe(3);
  });
});
