import { describe, expect, it } from 'vitest';
import { wasmThreads } from './configure-ort';

describe('wasmThreads', () => {
  it('uses one thread when the page is not cross-origin isolated', () => {
    expect(wasmThreads(false, 16)).toBe(1);
  });

  it('uses every core up to four when isolated', () => {
    expect(wasmThreads(true, 2)).toBe(2);
    expect(wasmThreads(true, 16)).toBe(4);
  });

  it('falls back to one thread when the core count is unknown', () => {
    expect(wasmThreads(true, undefined)).toBe(1);
  });
});
