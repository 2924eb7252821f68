import { describe, expect, it } from 'vitest';
import { agreement, disagreement, matchedIou } from './agreement';
import type { ModelOutcome } from './model-outcome';

const det = (x: number, classIndex = 0): ModelOutcome['boxes'][number] => ({ box: [x, 0, x + 10, 10], classIndex, confidence: 0.5 });

describe('matchedIou', () => {
  it('pairs boxes of the same class by overlap and counts a detection only one run finds as 0', () => {
    expect(matchedIou([det(0), det(50)], [det(50), det(0)])).toBe(1);
    expect(matchedIou([det(0), det(50)], [det(0)])).toBe(0.5);
    expect(matchedIou([det(0, 0)], [det(0, 1)])).toBe(0);
    expect(matchedIou([], [])).toBe(1);
  });
});

describe('agreement', () => {
  it('reports the mean box and mask IoU and the largest score difference over the images', () => {
    const mask = (bits: number[]): Uint8Array => Uint8Array.from(bits);
    const reference: ModelOutcome[] = [
      { boxes: [det(0)], mask: mask([1, 1, 0, 0]), score: 80 },
      { boxes: [], mask: mask([0, 0, 0, 0]), score: 100 },
    ];
    const variant: ModelOutcome[] = [
      { boxes: [det(5)], mask: mask([1, 0, 0, 0]), score: 84 },
      { boxes: [], mask: mask([0, 0, 0, 0]), score: 100 },
    ];
    // Boxes [0,10] and [5,15] overlap by a third; masks by a half.
    expect(agreement(reference, variant)).toEqual({ images: 2, boxIou: 0.6667, maskIou: 0.75, scoreDiff: 4 });
  });
});

describe('disagreement', () => {
  it('names each figure outside the bound and passes a variant within it', () => {
    expect(disagreement({ images: 8, boxIou: 0.85, maskIou: 0.95, scoreDiff: 4 })).toBe('matched box IoU 0.85 < 0.9, score differs by 4 points > 3 on 8 images');
    expect(disagreement({ images: 8, boxIou: 0.95, scoreDiff: 3 })).toBeUndefined();
  });
});
