import { describe, expect, it } from 'vitest';
import type { Candidate } from './decode';
import { nonMaxSuppression } from './nms';

function box(anchor: number, x1: number, score: number, classIndex = 0): Candidate {
  return { anchor, classIndex, score, x1, y1: 0, x2: x1 + 10, y2: 10 };
}

describe('nonMaxSuppression', () => {
  it('drops a same-class box overlapping a better one above the IoU threshold', () => {
    // x-shift 1 → IoU 9/11 ≈ 0.82 > 0.7; x-shift 3 → IoU 7/13 ≈ 0.54.
    const kept = nonMaxSuppression([box(0, 0, 0.5), box(1, 1, 0.9), box(2, 3, 0.6)], 0.7, 300);
    expect(kept.map((c) => c.anchor)).toEqual([1, 2]);
  });

  it('never lets boxes of different classes suppress each other', () => {
    const kept = nonMaxSuppression([box(0, 0, 0.9, 0), box(1, 0, 0.8, 1)], 0.7, 300);
    expect(kept.map((c) => c.anchor)).toEqual([0, 1]);
  });

  it('keeps at most maxDet boxes, best first, with ties broken by anchor', () => {
    const many = Array.from({ length: 50 }, (_, i) => box(49 - i, i * 20, 0.5));
    const kept = nonMaxSuppression(many, 0.7, 10);
    expect(kept.map((c) => c.anchor)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
