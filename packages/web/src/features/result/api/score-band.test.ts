import { describe, expect, it } from 'vitest';
import { scoreBand } from './score-band';

describe('scoreBand', () => {
  it('calls a clear skin (score 100) excellent', () => {
    expect(scoreBand(100)).toBe('excellent');
  });

  it('puts each band floor in its own band', () => {
    expect([90, 89, 70, 69, 50, 49].map(scoreBand)).toEqual(['excellent', 'good', 'good', 'fair', 'fair', 'poor']);
  });

  it('calls a score of 0 poor', () => {
    expect(scoreBand(0)).toBe('poor');
  });
});
