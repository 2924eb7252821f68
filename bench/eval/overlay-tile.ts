import type { ConditionId, RgbaImage } from '@derma/shared';
import { CONDITION_IDS, MASK_SIZE, decodeRle, zoneMap } from '@derma/shared';
import type { Outcome } from './analyser';
import type { PlannedLesion } from '../../models/src/testing/lesion-plan';

/** Side of one photo's tile on the overlay sheet, in pixels. */
export const TILE = 160;

/** One photo's picture on the sheet, with the two caption lines written under it. */
export interface Tile {
  group: string;
  pixels: Uint8ClampedArray;
  caption: [string, string];
  refused: boolean;
}

/** Mask tints per condition (the sheet's legend repeats them). */
export const TINTS: Readonly<Record<ConditionId, readonly [number, number, number]>> = { acne: [255, 30, 30], atopy: [255, 190, 0], wrinkle: [0, 190, 255] };

function sample(image: RgbaImage, x: number, y: number, out: number[]): void {
  const [px, py] = [Math.floor(x), Math.floor(y)];
  if (px < 0 || py < 0 || px >= image.width || py >= image.height) return;
  const i = (py * image.width + px) * 4;
  for (let c = 0; c < 3; c++) out[c] = (out[c] ?? 0) + (image.data[i + c] ?? 0);
}

/** Averages 3×3 samples per tile pixel, where `at(s, t)` maps tile coordinates to image pixels. */
function resample(image: RgbaImage, at: (s: number, t: number) => [number, number]): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(TILE * TILE * 4);
  for (let j = 0; j < TILE; j++) {
    for (let i = 0; i < TILE; i++) {
      const sum = [0, 0, 0];
      for (let k = 0; k < 9; k++) sample(image, ...at(i + ((k % 3) + 0.5) / 3, j + (Math.floor(k / 3) + 0.5) / 3), sum);
      pixels.set([(sum[0] ?? 0) / 9, (sum[1] ?? 0) / 9, (sum[2] ?? 0) / 9, 255], (j * TILE + i) * 4);
    }
  }
  return pixels;
}

function blend(pixels: Uint8ClampedArray, i: number, colour: readonly number[], alpha: number): void {
  for (let c = 0; c < 3; c++) pixels[i * 4 + c] = (pixels[i * 4 + c] ?? 0) * (1 - alpha) + (colour[c] ?? 0) * alpha;
}

function dot(pixels: Uint8ClampedArray, x: number, y: number, colour: readonly number[]): void {
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
    const [i, j] = [Math.round(x) + dx, Math.round(y) + dy];
    if (i >= 0 && j >= 0 && i < TILE && j < TILE) blend(pixels, j * TILE + i, colour, 1);
  }
}

function outline(pixels: Uint8ClampedArray, box: readonly number[], colour: readonly number[]): void {
  const [x1, y1, x2, y2] = box.map((v) => Math.round(v * TILE));
  for (let i = x1 ?? 0; i <= (x2 ?? 0); i++) for (const j of [y1 ?? 0, y2 ?? 0]) if (i >= 0 && j >= 0 && i < TILE && j < TILE) blend(pixels, j * TILE + i, colour, 0.9);
  for (let j = y1 ?? 0; j <= (y2 ?? 0); j++) for (const i of [x1 ?? 0, x2 ?? 0]) if (i >= 0 && j >= 0 && i < TILE && j < TILE) blend(pixels, j * TILE + i, colour, 0.9);
}

/**
 * A refused photo: the whole picture fitted into the tile. An analysed one: its face crop, as
 * the models saw it, with the skin outside the layout's zones dimmed, each condition's mask
 * tinted, the layout's landmarks dotted (green: the result's, magenta: the guide fallback)
 * and painted lesions outlined in white.
 */
export function renderTile(group: string, name: string, image: RgbaImage, outcome: Outcome, lesions: readonly PlannedLesion[] = []): Tile {
  if (outcome.kind === 'refused') {
    const scale = Math.max(image.width, image.height) / TILE;
    const [ox, oy] = [(image.width - TILE * scale) / 2, (image.height - TILE * scale) / 2];
    return { group, pixels: resample(image, (s, t) => [ox + s * scale, oy + t * scale]), caption: [name, `refused ${outcome.code}`], refused: true };
  }
  const { crop, findings } = outcome.result;
  const a = ((crop.angle ?? 0) * Math.PI) / 180;
  const [cx, cy, k] = [crop.x + crop.size / 2, crop.y + crop.size / 2, crop.size / TILE];
  const pixels = resample(image, (s, t) => {
    const [du, dv] = [s * k - crop.size / 2, t * k - crop.size / 2];
    return [cx + du * Math.cos(a) - dv * Math.sin(a), cy + du * Math.sin(a) + dv * Math.cos(a)];
  });
  const skin = zoneMap(outcome.layout, TILE);
  const masks = CONDITION_IDS.map((id) => decodeRle(findings[id].mask));
  for (let i = 0; i < TILE * TILE; i++) {
    if (!skin[i]) blend(pixels, i, [0, 0, 0], 0.45);
    const cell = Math.floor((Math.floor(i / TILE) + 0.5) * (MASK_SIZE / TILE)) * MASK_SIZE + Math.floor(((i % TILE) + 0.5) * (MASK_SIZE / TILE));
    CONDITION_IDS.forEach((id, m) => {
      if (masks[m]?.[cell]) blend(pixels, i, TINTS[id], 0.55);
    });
  }
  for (const l of lesions) outline(pixels, l.box, [255, 255, 255]);
  const marker = outcome.layoutSource === 'result' ? [40, 255, 80] : [255, 0, 255];
  for (const [x, y] of outcome.layout.landmarks) dot(pixels, x * TILE, y * TILE, marker);
  const scores = CONDITION_IDS.map((id) => `${id[0] ?? ''}${findings[id].score}`).join(' ');
  return { group, pixels, caption: [name, scores], refused: false };
}
