import { describe, expect, it } from 'vitest';
import { fitWithin } from './decode-photo';

describe('fitWithin', () => {
  it('downscales a huge photo to the limit on its longer side', () => {
    expect(fitWithin(6000, 4000, 1600)).toEqual({ width: 1600, height: 1067 });
  });

  it('never upscales a small photo', () => {
    expect(fitWithin(640, 480, 1600)).toEqual({ width: 640, height: 480 });
  });
});
