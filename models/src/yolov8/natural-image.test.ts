import { describe, expect, it } from 'vitest';
import { naturalImage } from './natural-image';

const size = 64;
const plane = size * size;

/** Standard deviation of one channel plane. */
function channelStd(data: Float32Array, c: number): number {
  const values = data.subarray(c * plane, (c + 1) * plane);
  const mean = values.reduce((s, v) => s + v, 0) / plane;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / plane);
}

describe('naturalImage', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(naturalImage(size, 3)).toEqual(naturalImage(size, 3));
    expect(naturalImage(size, 3)).not.toEqual(naturalImage(size, 4));
  });

  it('returns CHW RGB with every value in 0..1', () => {
    const image = naturalImage(size);
    expect(image.length).toBe(3 * plane);
    expect(image.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('has the contrast of a photo, not of a smooth gradient (channel std above 0.15)', () => {
    const image = naturalImage(size);
    for (const c of [0, 1, 2]) expect(channelStd(image, c)).toBeGreaterThan(0.15);
  });

  it('has sharp edges: some neighbouring pixels differ by more than 0.2', () => {
    const image = naturalImage(size);
    const steps = Array.from({ length: plane - 1 }, (_, i) => ((i + 1) % size === 0 ? 0 : Math.abs((image[i + 1] ?? 0) - (image[i] ?? 0))));
    expect(steps.filter((d) => d > 0.2).length).toBeGreaterThan(plane / 100);
  });
});
