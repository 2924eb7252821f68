import { describe, expect, it } from 'vitest';
import { dayBounds, pastDays } from './history-item';

describe('history ranges', () => {
  it('defaults to a year ending today', () => {
    expect(pastDays(365, new Date(2026, 10, 22))).toEqual({ from: '2025-11-22', to: '2026-11-22' });
  });

  it('includes the whole of the last day', () => {
    const { from, to } = dayBounds('2026-01-01', '2026-01-01');
    expect(new Date(to).getTime() - new Date(from).getTime()).toBe(86_400_000 - 1);
  });
});
