import { describe, expect, it } from 'vitest';
import { photoKey, ServerAttempts } from './server-attempts';

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('ServerAttempts', () => {
  it('reuses the id of a failed attempt when the same photo is tried again', () => {
    const attempts = new ServerAttempts(counter());
    expect(attempts.idFor('photo-a')).toBe('id-1');
    expect(attempts.idFor('photo-a')).toBe('id-1');
  });

  it('gives a new id once the attempt was answered, and for another photo', () => {
    const attempts = new ServerAttempts(counter());
    attempts.settle(attempts.idFor('photo-a'));
    expect(attempts.idFor('photo-a')).toBe('id-2');
    expect(attempts.idFor('photo-b')).toBe('id-3');
  });
});

describe('photoKey', () => {
  it('is the same for equal pixels and differs when one pixel or the size differs', async () => {
    const data = new Uint8ClampedArray(16).fill(7);
    const other = data.slice();
    other[5] = 8;
    const key = await photoKey({ width: 2, height: 2, data });
    expect(await photoKey({ width: 2, height: 2, data: data.slice() })).toBe(key);
    expect(await photoKey({ width: 2, height: 2, data: other })).not.toBe(key);
    expect(await photoKey({ width: 4, height: 1, data })).not.toBe(key);
  });
});
