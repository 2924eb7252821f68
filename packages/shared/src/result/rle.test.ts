import { describe, expect, it } from 'vitest';
import { countSet, decodeRle, encodeRle, rleSetCount } from './rle';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('RLE masks', () => {
  it('round-trips random masks of every density exactly', () => {
    const rand = seeded(7);
    for (let trial = 0; trial < 200; trial++) {
      const w = 1 + Math.floor(rand() * 300);
      const h = 1 + Math.floor(rand() * 50);
      const density = rand();
      const mask = Uint8Array.from({ length: w * h }, () => (rand() < density ? 1 : 0));
      expect(decodeRle(encodeRle(mask, w, h))).toEqual(mask);
    }
  });

  it('round-trips empty, full and long-run masks (runs > 127 need multi-byte varints)', () => {
    for (const fill of [0, 1]) {
      const mask = new Uint8Array(256 * 256).fill(fill);
      const rle = encodeRle(mask, 256, 256);
      expect(decodeRle(rle)).toEqual(mask);
      expect(rle.counts.length).toBeLessThan(8);
    }
  });

  it('keeps a small lesion mask to a few bytes', () => {
    const mask = new Uint8Array(256 * 256);
    for (let y = 100; y < 110; y++) mask.fill(1, y * 256 + 40, y * 256 + 50);
    expect(encodeRle(mask, 256, 256).counts.length).toBeLessThan(60);
  });

  it('refuses runs that do not cover the mask exactly, and foreign characters', () => {
    const rle = encodeRle(new Uint8Array(16).fill(1), 4, 4);
    expect(() => decodeRle({ ...rle, width: 5 })).toThrow(/cover/);
    expect(() => decodeRle({ ...rle, width: 2 })).toThrow(/exceed/);
    expect(() => decodeRle({ ...rle, counts: 'a+b' })).toThrow(/invalid character/);
  });

  it('counts set pixels', () => {
    expect(countSet(Uint8Array.from([0, 1, 1, 0, 1]))).toBe(3);
  });

  it('counts the set pixels of an RLE mask from its runs exactly as of the decoded mask', () => {
    const rand = seeded(11);
    for (let trial = 0; trial < 100; trial++) {
      const [w, h] = [1 + Math.floor(rand() * 256), 1 + Math.floor(rand() * 64)];
      const density = rand();
      const rle = encodeRle(Uint8Array.from({ length: w * h }, () => (rand() < density ? 1 : 0)), w, h);
      expect(rleSetCount(rle)).toBe(countSet(decodeRle(rle)));
    }
    const rle = encodeRle(new Uint8Array(16).fill(1), 4, 4);
    expect(() => rleSetCount({ ...rle, width: 5 })).toThrow(/cover/);
    expect(() => rleSetCount({ ...rle, width: 2 })).toThrow(/exceed/);
  });
});
