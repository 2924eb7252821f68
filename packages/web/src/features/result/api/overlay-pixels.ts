import type { ConditionId, Finding } from '@derma/shared';
import { CONDITIONS, CONDITION_IDS, MASK_SIZE, decodeRle } from '@derma/shared';

/** Opacity of a condition's colour over the photo. */
export const OVERLAY_ALPHA = 0.5;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * RGBA pixels (`MASK_SIZE`², transparent elsewhere) of the enabled conditions' masks, each in
 * its catalogue colour; where masks overlap, the later condition in display order is on top.
 */
export function overlayPixels(findings: Partial<Record<ConditionId, Finding>>, enabled: ReadonlySet<ConditionId>): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(MASK_SIZE * MASK_SIZE * 4);
  const alpha = Math.round(OVERLAY_ALPHA * 255);
  for (const id of CONDITION_IDS) {
    const finding = findings[id];
    if (!finding || !enabled.has(id)) continue;
    const mask = decodeRle(finding.mask);
    const [r, g, b] = rgb(CONDITIONS[id].color);
    for (let i = 0; i < mask.length; i++) {
      if (!mask[i]) continue;
      const o = i * 4;
      pixels[o] = r;
      pixels[o + 1] = g;
      pixels[o + 2] = b;
      pixels[o + 3] = alpha;
    }
  }
  return pixels;
}
