import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = new SeededRandom(7).normals(64, 1);
    const b = new SeededRandom(7).normals(64, 1);
    const c = new SeededRandom(8).normals(64, 1);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('draws normals with roughly zero mean and the requested spread', () => {
    const values = new SeededRandom(1).normals(20_000, 2);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(std).toBeGreaterThan(1.95);
    expect(std).toBeLessThan(2.05);
  });

  it('keeps uniform samples inside [0, 1)', () => {
    const rng = new SeededRandom(3);
    const values = Array.from({ length: 10_000 }, () => rng.uniform());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
