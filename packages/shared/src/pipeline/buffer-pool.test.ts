import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffer-pool';

describe('BufferPool', () => {
  it('hands a returned buffer out again instead of allocating one', () => {
    const pool = new BufferPool();
    const first = pool.take(12);
    pool.give(first);
    const again = pool.take(12);
    expect(again.buffer).toBe(first.buffer);
    expect(again).toHaveLength(12);
  });

  it('never hands one buffer to two runs at once', () => {
    const pool = new BufferPool();
    const [a, b] = [pool.take(12), pool.take(12)];
    expect(a.buffer).not.toBe(b.buffer);
    pool.give(a, b);
    const [c, d] = [pool.take(12), pool.take(12)];
    expect(new Set([c.buffer, d.buffer])).toEqual(new Set([a.buffer, b.buffer]));
  });

  it('serves photos of different sizes from the same buffer when they fit its capacity', () => {
    const pool = new BufferPool();
    const scratch = pool.take(3 * 700 * 700);
    pool.give(scratch);
    const next = pool.take(3 * 690 * 690);
    expect(next.buffer).toBe(scratch.buffer);
    expect(next).toHaveLength(3 * 690 * 690);
    expect(pool.take(3 * 1400 * 1400).buffer).not.toBe(scratch.buffer);
  });

  it('keeps at most two buffers of a capacity once a burst of runs gives theirs back, and one buffer given twice once', () => {
    const pool = new BufferPool();
    const burst = [pool.take(12), pool.take(12), pool.take(12)];
    pool.give(...burst);
    const again = [pool.take(12), pool.take(12), pool.take(12)];
    expect(again.filter((v) => burst.some((b) => b.buffer === v.buffer))).toHaveLength(2);
    const one = pool.take(5);
    pool.give(one, one);
    expect(pool.take(5).buffer).not.toBe(pool.take(5).buffer);
  });
});
