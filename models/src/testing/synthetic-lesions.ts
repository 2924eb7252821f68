import { gaussianNoise, seededRandom } from './prng';
import { SPOT_RED, blendPixel, forEachPixel, scalePixel } from './synthetic-image';
import type { Rgb, RgbaImage } from './synthetic-image';

/** A filled disc at pixel centre (x, y), anti-aliased over one pixel. */
export interface Spot {
  x: number;
  y: number;
  radius: number;
}

/**
 * Draws red papules: filled discs of `colour` (default {@link SPOT_RED}) with an anti-aliased rim,
 * blended at `strength` (0..1, default 1).
 */
export function drawSpots(img: RgbaImage, spots: readonly Spot[], colour: Rgb = SPOT_RED, strength = 1): void {
  for (const s of spots) {
    forEachPixel(img, [s.x - s.radius - 1, s.y - s.radius - 1, s.x + s.radius + 2, s.y + s.radius + 2], (x, y) => {
      const d = Math.hypot(x + 0.5 - s.x, y + 0.5 - s.y);
      blendPixel(img, x, y, colour, strength * Math.min(1, Math.max(0, s.radius + 0.5 - d)));
    });
  }
}

/** A straight segment from (x0, y0) to (x1, y1) of full `width` pixels. */
export interface Line {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  width: number;
}

function segmentDistance(px: number, py: number, l: Line): number {
  const [dx, dy] = [l.x1 - l.x0, l.y1 - l.y0];
  const t = Math.max(0, Math.min(1, ((px - l.x0) * dx + (py - l.y0) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - l.x0 - t * dx, py - l.y0 - t * dy);
}

/**
 * Draws dark wrinkle-like lines: pixels within `width / 2` of the segment are scaled by
 * `1 - darkness`, with an anti-aliased one-pixel falloff.
 */
export function drawLines(img: RgbaImage, lines: readonly Line[], darkness = 0.35): void {
  for (const l of lines) {
    const r = l.width / 2;
    const box = [Math.min(l.x0, l.x1) - r - 1, Math.min(l.y0, l.y1) - r - 1, Math.max(l.x0, l.x1) + r + 2, Math.max(l.y0, l.y1) + r + 2] as const;
    forEachPixel(img, box, (x, y) => {
      const cover = Math.min(1, Math.max(0, r + 0.5 - segmentDistance(x + 0.5, y + 0.5, l)));
      if (cover > 0) scalePixel(img, x, y, 1 - darkness * cover);
    });
  }
}

/** A rough, irregular red patch (eczema-like) centred at (x, y) of mean `radius`. */
export interface Patch {
  x: number;
  y: number;
  radius: number;
}

/**
 * Draws rough red patches: an irregular outline (radius wobbling by +-20 % around the centre)
 * filled with `colour` at `strength` (default 0.55), mottled by seeded per-pixel noise so the
 * texture is rough, as in atopic dermatitis.
 */
export function drawPatches(img: RgbaImage, patches: readonly Patch[], seed = 5, colour: Rgb = [206, 104, 98], strength = 0.55): void {
  const rand = seededRandom(seed);
  for (const p of patches) {
    const phase = [rand() * 6.28, rand() * 6.28];
    const box = [p.x - p.radius * 1.3, p.y - p.radius * 1.3, p.x + p.radius * 1.3, p.y + p.radius * 1.3] as const;
    forEachPixel(img, box, (x, y) => {
      const angle = Math.atan2(y - p.y, x - p.x);
      const wobble = 1 + 0.12 * Math.sin(3 * angle + (phase[0] ?? 0)) + 0.08 * Math.sin(5 * angle + (phase[1] ?? 0));
      const edge = p.radius * wobble - Math.hypot(x - p.x, y - p.y);
      const alpha = strength * Math.min(1, Math.max(0, edge / 3)) * (0.75 + 0.35 * gaussianNoise(rand));
      blendPixel(img, x, y, colour, alpha);
      if (alpha > 0 && rand() < 0.25) scalePixel(img, x, y, 0.85 + 0.1 * rand());
    });
  }
}
