import { describe, expect, it } from 'vitest';
import { accepts } from './model-compression';

describe('accepts', () => {
  it('reads the encodings a client lists, with their qualities', () => {
    expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(accepts('gzip;q=1.0, br;q=0', 'br')).toBe(false);
    expect(accepts('gzip;q=1.0, br;q=0', 'gzip')).toBe(true);
    expect(accepts('identity', 'gzip')).toBe(false);
    expect(accepts(undefined, 'br')).toBe(false);
  });

  it('takes a wildcard as any encoding', () => {
    expect(accepts('*', 'br')).toBe(true);
    expect(accepts('BR', 'br')).toBe(true);
  });
});
