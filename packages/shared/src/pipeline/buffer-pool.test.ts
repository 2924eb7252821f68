import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffer-pool';

describe('BufferPool', () => {
  it('hands a returned buffer out again instead of allocating one', () => {
    const pool = new BufferPool();
    const first = pool.take(12);
    pool.give(first);
    expect(pool.take(12)).toBe(first);
  });

  it('never hands one buffer to two runs at once', () => {
    const pool = new BufferPool();
    const [a, b] = [pool.take(12), pool.take(12)];
    expect(a).not.toBe(b);
    pool.give(a, b);
    const [c, d] = [pool.take(12), pool.take(12)];
    expect(new Set([c, d])).toEqual(new Set([a, b]));
  });

  it('keeps buffers of different sizes apart', () => {
    const pool = new BufferPool();
    const small = pool.take(3);
    pool.give(small);
    const big = pool.take(6);
    expect(big).not.toBe(small);
    expect(big).toHaveLength(6);
  });
});
