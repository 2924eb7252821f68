import type { DiagnosisResult, RgbaImage } from '@derma/shared';
import { canvas2d, rgbaCanvas } from './rgba-canvas';

/** Side of the stored crop: enough for the overlay on a phone, a few tens of KB as JPEG. */
export const CROP_SIDE = 512;

/** A 2D affine transform as `setTransform(a, b, c, d, e, f)` takes it. */
export type Affine = [number, number, number, number, number, number];

/**
 * The canvas transform that draws the photo into a `side`-pixel square crop: the result's crop,
 * turned by its `angle` around its centre (crop pixel (u, v) is image point
 * centre + R(angle)·(u − size/2, v − size/2)), so the crop grid and the masks drawn on it line up
 * with the face.
 * @example ctx.setTransform(...cropTransform(result.crop, 512)); ctx.drawImage(photo, 0, 0)
 */
export function cropTransform(crop: DiagnosisResult['crop'], side: number): Affine {
  const k = side / crop.size;
  const angle = ((crop.angle ?? 0) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle) * k, Math.sin(angle) * k];
  const [cx, cy] = [crop.x + crop.size / 2, crop.y + crop.size / 2];
  // Image → crop is R(−angle) about the centre, scaled to `side`.
  return [cos, -sin, sin, cos, side / 2 - (cos * cx + sin * cy), side / 2 - (-sin * cx + cos * cy)];
}

/**
 * The result's square, roll-aligned face crop of the analysed image as a JPEG (areas past the
 * image edge are black, as the pipeline padded them), kept on the device for the overlay.
 */
export async function cropPhoto(image: RgbaImage, crop: DiagnosisResult['crop']): Promise<Blob> {
  const side = Math.min(CROP_SIDE, crop.size);
  const ctx = canvas2d(side, side);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, side, side);
  ctx.imageSmoothingQuality = 'high';
  ctx.setTransform(...cropTransform(crop, side));
  ctx.drawImage(rgbaCanvas(image), 0, 0);
  return ctx.canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}
