import { GUIDE_LAYOUT, ZONE_IDS, zoneMap } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { zoneAnchors, zoneLayerPixels } from './zone-layer';
import type { ZoneTint } from './zone-summary';

const SIZE = 64;
const clear: ZoneTint = { color: '#94a3b8', weight: 0, condition: null };
const red: ZoneTint = { color: '#ff0000', weight: 1, condition: 'acne' };

/** A 4 × 4 map: zone 1 on the left half, zone 2 on the right, row 0 not skin. */
const TINY = Uint8Array.from([0, 0, 0, 0, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2]);

describe('zoneLayerPixels', () => {
  it('leaves cells outside the skin transparent', () => {
    expect(zoneLayerPixels(TINY, 4, [clear, red])[3]).toBe(0);
  });

  it('paints a zone inside its borders in its tint', () => {
    const pixels = zoneLayerPixels(Uint8Array.from({ length: 25 }, () => 2), 5, [clear, red]);
    expect([...pixels.slice(12 * 4, 12 * 4 + 4)]).toEqual([255, 0, 0, Math.round(255 * 0.55)]);
  });

  it('tints a zone with findings more strongly than a clear one', () => {
    const pixels = zoneLayerPixels(Uint8Array.from({ length: 25 }, () => 1), 5, [clear, red]);
    const tinted = zoneLayerPixels(Uint8Array.from({ length: 25 }, () => 2), 5, [clear, red]);
    expect(pixels[12 * 4 + 3]).toBeLessThan(tinted[12 * 4 + 3] ?? 0);
  });

  it('draws the border between two zones in white', () => {
    const pixels = zoneLayerPixels(TINY, 4, [clear, red]);
    expect([...pixels.slice((2 * 4 + 1) * 4, (2 * 4 + 1) * 4 + 3)]).toEqual([255, 255, 255]);
  });
});

describe('zoneAnchors', () => {
  it('puts every zone of the guide layout inside that zone', () => {
    const map = zoneMap(GUIDE_LAYOUT, SIZE);
    const anchors = zoneAnchors(map, SIZE, ZONE_IDS.length);
    anchors.forEach((anchor, i) => {
      if (!anchor) throw new Error(`zone ${ZONE_IDS[i]} has no anchor`);
      expect(map[Math.floor(anchor[1] * SIZE) * SIZE + Math.floor(anchor[0] * SIZE)]).toBe(i + 1);
    });
  });

  it('has no anchor for a zone missing from the map', () => {
    expect(zoneAnchors(TINY, 4, 3)[2]).toBeNull();
  });
});
