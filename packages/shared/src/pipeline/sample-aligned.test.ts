import { describe, expect, it } from 'vitest';
import { sampleAligned } from './sample-aligned';

/** A 4×4 RGBA image whose red channel is 10·(4y + x) + 10 and green 0, blue 255. */
function ramp(): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(4 * 4 * 4);
  for (let i = 0; i < 16; i++) data.set([10 * i + 10, 0, 255, 255], i * 4);
  return { width: 4, height: 4, data };
}

const red = (t: Float32Array): number[] => Array.from(t.slice(0, 16), (v) => Math.round(v * 255));

describe('sampleAligned', () => {
  it('copies the pixels of an unturned crop the size of its output', () => {
    expect(red(sampleAligned(ramp(), { x: 0, y: 0, size: 4, angle: 0 }, 4))).toEqual(Array.from({ length: 16 }, (_, i) => 10 * i + 10));
  });

  it('turns the crop by its angle: at 90° the crop row runs down the image column', () => {
    const out = red(sampleAligned(ramp(), { x: 0, y: 0, size: 4, angle: 90 }, 4));
    // Crop pixel (u, v) is image point centre + R(90°)(u - 2, v - 2) = (2 - (v - 2), 2 + (u - 2)).
    expect(out.slice(0, 4)).toEqual([0, 1, 2, 3].map((u) => 10 * (4 * u + 3) + 10));
  });

  it('pads what lies past the image with black', () => {
    const t = sampleAligned(ramp(), { x: 2, y: 0, size: 4, angle: 0 }, 4);
    expect(red(t).slice(2, 4)).toEqual([0, 0]);
    expect(Math.round((t[32 + 3] ?? 1) * 255)).toBe(0);
  });

  it('averages the footprint when shrinking, so a turned 1-pixel checkerboard comes out an even grey', () => {
    const side = 64;
    const data = new Uint8Array(side * side * 4);
    for (let i = 0; i < side * side; i++) data.set([((i % side) + Math.floor(i / side)) % 2 ? 255 : 0, 0, 0, 255], i * 4);
    const t = sampleAligned({ width: side, height: side, data }, { x: 8, y: 8, size: 48, angle: 10 }, 12);
    const centre = Array.from({ length: 64 }, (_, i) => Math.round((t[(2 + Math.floor(i / 8)) * 12 + 2 + (i % 8)] ?? 0) * 255));
    for (const v of centre) expect(Math.abs(v - 128)).toBeLessThan(24);
  });

  it('writes into a used buffer exactly what it writes into a new one, black where the crop leaves the image', () => {
    // Upscaled (copy then turn) and 1-1.5x (direct taps): both paths, each crop partly off the image.
    for (const [crop, out] of [[{ x: 1, y: -1, size: 4, angle: 20 }, 9], [{ x: 1, y: 1, size: 5, angle: -15 }, 4]] as const) {
      const used = new Float32Array(3 * out * out).fill(0.77);
      expect(sampleAligned(ramp(), crop, out, used)).toEqual(sampleAligned(ramp(), crop, out));
    }
  });

  it('refuses a buffer of the wrong size', () => {
    expect(() => sampleAligned(ramp(), { x: 0, y: 0, size: 4, angle: 5 }, 4, new Float32Array(47))).toThrow(/48 floats/);
  });
});
