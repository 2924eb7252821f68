import { describe, expect, it } from 'vitest';
import { decodeCandidates } from './decode';
import { buildOutput0 } from './yolo-tensors.testing';

describe('decodeCandidates', () => {
  it('decodes a detect head with one class and N != 8400 into corner boxes', () => {
    const { data, dims } = buildOutput0([{ cx: 100, cy: 50, w: 20, h: 10, scores: [0.9] }], 1, 0, 7);
    expect(decodeCandidates(data, dims, 1, 0, 0.25)).toEqual([{ anchor: 0, classIndex: 0, score: expect.closeTo(0.9, 6), x1: 90, y1: 45, x2: 110, y2: 55 }]);
  });

  it('keeps each anchor once with its best class among three, above conf only', () => {
    const { data, dims } = buildOutput0(
      [
        { cx: 10, cy: 10, w: 4, h: 4, scores: [0.1, 0.8, 0.3] },
        { cx: 20, cy: 20, w: 4, h: 4, scores: [0.2, 0.1, 0.24] },
        { cx: 30, cy: 30, w: 4, h: 4, scores: [0.26, 0, 0] },
      ],
      3,
      32,
      100,
    );
    const found = decodeCandidates(data, dims, 3, 32, 0.25);
    expect(found.map((c) => [c.anchor, c.classIndex])).toEqual([
      [0, 1],
      [2, 0],
    ]);
  });

  it('refuses an output whose channel count does not match nc and the mask coefficients', () => {
    const { data, dims } = buildOutput0([], 3, 0, 10);
    expect(() => decodeCandidates(data, dims, 3, 32, 0.25)).toThrow('expected [1, 39, N]');
    expect(() => decodeCandidates(data.subarray(1), dims, 3, 0, 0.25)).toThrow(/holds/);
  });

  it('gives detect and segment candidates no keypoints field, as before pose existed', () => {
    const { data, dims } = buildOutput0([{ cx: 5, cy: 5, w: 2, h: 2, scores: [0.9] }], 1, 32, 3);
    expect(decodeCandidates(data, dims, 1, 32, 0.25)[0]).not.toHaveProperty('keypoints');
  });

  it('reads a pose column: box, score, then K x (x, y, visibility) of the same anchor', () => {
    // Two faces with 5 keypoints of 3 values: rows 0-3 box, row 4 score, rows 5-19 keypoints.
    const kpts = (base: number): number[] => Array.from({ length: 15 }, (_, j) => base + j);
    const { data, dims } = buildOutput0(
      [
        { cx: 50, cy: 60, w: 20, h: 30, scores: [0.1], coeffs: kpts(1000) },
        { cx: 100, cy: 120, w: 40, h: 50, scores: [0.8], coeffs: kpts(2000) },
      ],
      1,
      15,
      6,
    );
    expect(dims).toEqual([1, 20, 6]);
    const found = decodeCandidates(data, dims, 1, 0, 0.7, 15);
    expect(found).toEqual([{ anchor: 1, classIndex: 0, score: expect.closeTo(0.8, 6), x1: 80, y1: 95, x2: 120, y2: 145, keypoints: kpts(2000) }]);
  });

  it('refuses a pose output whose rows do not hold K x D keypoint values', () => {
    const { data, dims } = buildOutput0([], 1, 10, 4);
    expect(() => decodeCandidates(data, dims, 1, 0, 0.25, 15)).toThrow('expected [1, 20, N]');
  });

  it('skips boxes with non-finite coordinates', () => {
    const { data, dims } = buildOutput0([{ cx: Number.NaN, cy: 1, w: 1, h: 1, scores: [0.9] }], 1, 0, 2);
    expect(decodeCandidates(data, dims, 1, 0, 0.25)).toEqual([]);
  });
});
