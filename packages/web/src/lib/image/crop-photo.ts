import type { DiagnosisResult, RgbaImage } from '@derma/shared';
import { canvas2d, rgbaCanvas } from './rgba-canvas';

/** Side of the stored crop: enough for the overlay on a phone, a few tens of KB as JPEG. */
export const CROP_SIDE = 512;

/**
 * The result's square face crop of the analysed image as a JPEG (areas past the image edge
 * are black, as the pipeline padded them), kept on the device for the overlay.
 */
export async function cropPhoto(image: RgbaImage, crop: DiagnosisResult['crop']): Promise<Blob> {
  const side = Math.min(CROP_SIDE, crop.size);
  const ctx = canvas2d(side, side);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, side, side);
  ctx.drawImage(rgbaCanvas(image), crop.x, crop.y, crop.size, crop.size, 0, 0, side, side);
  return ctx.canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}
