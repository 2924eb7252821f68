import { describe, expect, it } from 'vitest';
import { fitsFloat16, fromFloat16Bits, toFloat16Bits } from './float16';

describe('toFloat16Bits', () => {
  it('encodes exact values, rounds ties to even and overflows to infinity', () => {
    expect([1, -2, 0.5, 65504].map(toFloat16Bits)).toEqual([0x3c00, 0xc000, 0x3800, 0x7bff]);
    // 1 + 2^-11 lies halfway between 1 and 1 + 2^-10: the even neighbour (1) wins.
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(0x3c00);
    expect(toFloat16Bits(1e6)).toBe(0x7c00);
    expect(fromFloat16Bits(toFloat16Bits(2 ** -20))).toBe(2 ** -20);
  });
});

describe('fitsFloat16', () => {
  it('keeps a tensor of 1e-8 epsilons in fp32, since fp16 flushes them to zero', () => {
    expect(toFloat16Bits(1e-8)).toBe(0);
    expect(fitsFloat16(Float32Array.from([1e-8, 1e-12, 1e-8]))).toBe(false);
    expect(fitsFloat16(Float32Array.from([1e5, 1]))).toBe(false);
  });

  it('accepts a weight whose few tiny entries flush to zero while the rest keep their value', () => {
    expect(fitsFloat16(Float32Array.from([0.25, -0.5, 1e-9, 0.125]))).toBe(true);
  });
});
