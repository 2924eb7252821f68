import type { Finding } from '@derma/shared';
import { CONDITIONS, MASK_SIZE, encodeRle } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { overlayPixels } from './overlay-pixels';

function finding(setIndex: number): Finding {
  const mask = new Uint8Array(MASK_SIZE * MASK_SIZE);
  mask[setIndex] = 1;
  return { modelId: 'm', score: 99, areaRatio: 0, maxAreaRatio: 0.1, lesionCount: 1, detections: [], mask: encodeRle(mask, MASK_SIZE, MASK_SIZE) as Finding['mask'] };
}

describe('overlayPixels', () => {
  it('paints a masked pixel in its condition colour', () => {
    const pixels = overlayPixels({ acne: finding(5) }, new Set(['acne']));
    expect(pixels[5 * 4]).toBe(Number.parseInt(CONDITIONS.acne.color.slice(1, 3), 16));
    expect(pixels[5 * 4 + 3]).toBeGreaterThan(0);
  });

  it('leaves unmasked pixels transparent', () => {
    expect(overlayPixels({ acne: finding(5) }, new Set(['acne']))[6 * 4 + 3]).toBe(0);
  });

  it('draws nothing for a condition toggled off', () => {
    const pixels = overlayPixels({ acne: finding(5) }, new Set());
    expect(pixels.some((v) => v !== 0)).toBe(false);
  });
});
