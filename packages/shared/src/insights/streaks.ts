import type { Streaks } from '../api/insights';
import type { SeriesPoint } from './trend';

const DAY_MS = 86_400_000;

function dayIndex(t: number): number {
  return Math.floor(t / DAY_MS);
}

/**
 * Day streaks (UTC calendar days with at least one diagnosis) and the improving streak (latest
 * diagnoses in a row whose total score did not fall from the previous one).
 * A current streak still counts when the last diagnosis was yesterday: today is not over.
 * @param points total scores with their times (epoch ms), any order
 * @param now epoch ms
 */
export function streaksOf(points: readonly SeriesPoint[], now: number): Streaks {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const days = [...new Set(sorted.map((p) => dayIndex(p.t)))];
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const day of days) {
    run = previous !== undefined && day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const today = dayIndex(now);
  const current = previous !== undefined && today - previous <= 1 ? run : 0;
  return { currentDays: current, longestDays: longest, improving: improvingRun(sorted) };
}

function improvingRun(sorted: readonly SeriesPoint[]): number {
  let count = 0;
  for (let i = sorted.length - 1; i > 0; i--) {
    const later = sorted[i];
    const earlier = sorted[i - 1];
    if (!later || !earlier || later.v < earlier.v) break;
    count++;
  }
  return count;
}
