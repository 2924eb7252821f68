import sharp from 'sharp';
import type { DiagnosisResult } from '@derma/shared';
import { CONDITIONS, CONDITION_IDS, MASK_SIZE, decodeRle, sampleAligned } from '@derma/shared';
import type { RgbaImage } from './synthetic-image';

const SIDE = 384;

function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A PNG of a result for a person to look at: the roll-aligned crop, each condition's mask outline
 * in its colour and the five landmarks as green dots.
 */
export async function overlayPng(image: RgbaImage, result: DiagnosisResult): Promise<Buffer> {
  const t = sampleAligned(image, result.crop, SIDE);
  const plane = SIDE * SIDE;
  const px = Buffer.alloc(plane * 3);
  for (let i = 0; i < plane; i++) for (let c = 0; c < 3; c++) px[i * 3 + c] = Math.round((t[i + c * plane] ?? 0) * 255);
  const paint = (x: number, y: number, rgb: readonly number[]): void => {
    if (x < 0 || y < 0 || x >= SIDE || y >= SIDE) return;
    px.set(rgb, (y * SIDE + x) * 3);
  };
  for (const id of CONDITION_IDS) {
    const mask = decodeRle(result.findings[id].mask);
    const on = (gx: number, gy: number): boolean => gx >= 0 && gy >= 0 && gx < MASK_SIZE && gy < MASK_SIZE && mask[gy * MASK_SIZE + gx] === 1;
    for (let y = 0; y < SIDE; y++) {
      for (let x = 0; x < SIDE; x++) {
        const [gx, gy] = [Math.floor((x * MASK_SIZE) / SIDE), Math.floor((y * MASK_SIZE) / SIDE)];
        if (on(gx, gy) && (!on(gx + 1, gy) || !on(gx - 1, gy) || !on(gx, gy + 1) || !on(gx, gy - 1))) paint(x, y, hex(CONDITIONS[id].color));
      }
    }
  }
  for (const [u, v] of result.layout?.landmarks ?? []) {
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) paint(Math.round(u * SIDE) + dx, Math.round(v * SIDE) + dy, [40, 220, 90]);
  }
  return sharp(px, { raw: { width: SIDE, height: SIDE, channels: 3 } }).png().toBuffer();
}
