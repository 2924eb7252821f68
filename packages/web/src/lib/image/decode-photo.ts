import type { RgbaImage } from '@derma/shared';

/** Longest side the pipeline receives; bigger photos only cost memory and transfer time. */
export const MAX_SIDE = 1600;

/** Size that fits `max` on the longer side, keeping the aspect ratio; never upscales. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Decodes a photo upright (EXIF orientation applied) and downscaled to `MAX_SIDE`, as RGBA
 * pixels for the worker.
 * @throws Error when the browser cannot decode the file
 */
export async function decodePhoto(source: Blob | ImageBitmap): Promise<RgbaImage> {
  const bitmap = source instanceof Blob ? await createImageBitmap(source, { imageOrientation: 'from-image' }) : source;
  const { width, height } = fitWithin(bitmap.width, bitmap.height, MAX_SIDE);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const pixels = ctx.getImageData(0, 0, width, height);
  return { width, height, data: new Uint8Array(pixels.data.buffer) };
}
