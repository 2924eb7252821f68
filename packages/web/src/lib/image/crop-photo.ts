import type { DiagnosisResult, RgbaImage } from '@derma/shared';

/** Side of the stored crop: enough for the overlay on a phone, a few tens of KB as JPEG. */
export const CROP_SIDE = 512;

/**
 * The result's square face crop of the analysed image as a JPEG (areas past the image edge
 * are black, as the pipeline padded them), kept on the device for the overlay.
 */
export async function cropPhoto(image: RgbaImage, crop: DiagnosisResult['crop']): Promise<Blob> {
  const source = new OffscreenCanvas(image.width, image.height);
  const sctx = source.getContext('2d');
  if (!sctx) throw new Error('2D canvas is not available');
  sctx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  const side = Math.min(CROP_SIDE, crop.size);
  const target = new OffscreenCanvas(side, side);
  const ctx = target.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, side, side);
  ctx.drawImage(source, crop.x, crop.y, crop.size, crop.size, 0, 0, side, side);
  return target.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}
