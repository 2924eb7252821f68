import { cropToImage } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import type { Affine } from './crop-photo';
import { cropTransform } from './crop-photo';

function apply(m: Affine, [x, y]: readonly [number, number]): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const CORNERS = [
  [0, 0],
  [300, 0],
  [0, 300],
  [300, 300],
  [150, 150],
  [75, 210],
] as const;

describe('cropTransform', () => {
  it.each([0, 12.5, -30, 90])('draws the image point of each crop pixel at that pixel, scaled to the side (angle %s°)', (angle) => {
    const crop = { x: 40, y: 60, size: 300, angle };
    const m = cropTransform(crop, 512);
    for (const [u, v] of CORNERS) {
      const [x, y] = apply(m, cropToImage(crop, [u, v]));
      expect(x).toBeCloseTo((u * 512) / 300, 6);
      expect(y).toBeCloseTo((v * 512) / 300, 6);
    }
  });

  it('is a plain scaled shift for a version 1 crop without an angle', () => {
    expect(cropTransform({ x: 10, y: 20, size: 256 }, 512).map((v) => v + 0)).toEqual([2, 0, 0, 2, -20, -40]);
  });

  it('turns the photo against the crop angle, so a tilted eye line comes out level', () => {
    const crop = { x: 0, y: 0, size: 200, angle: 20 };
    const m = cropTransform(crop, 200);
    const rad = (20 * Math.PI) / 180;
    // Two eyes on a line tilted 20° clockwise about the centre.
    const right = apply(m, [100 - 40 * Math.cos(rad), 100 - 40 * Math.sin(rad)]);
    const left = apply(m, [100 + 40 * Math.cos(rad), 100 + 40 * Math.sin(rad)]);
    expect(right[1]).toBeCloseTo(left[1], 6);
  });
});
