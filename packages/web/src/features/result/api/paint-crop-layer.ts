import { MASK_SIZE } from '@derma/shared';

/**
 * Paints the stored crop (or a dark square without it) on a `side`² canvas, then a `MASK_SIZE`²
 * RGBA layer over it (masks, zones), both in the crop's roll-aligned frame.
 */
export async function paintCropLayer(ctx: CanvasRenderingContext2D, side: number, photo: Blob | null, layer: Uint8ClampedArray<ArrayBuffer>): Promise<void> {
  ctx.fillStyle = '#1e293b';
  ctx.fillRect(0, 0, side, side);
  if (photo) {
    const bitmap = await createImageBitmap(photo);
    ctx.drawImage(bitmap, 0, 0, side, side);
    bitmap.close();
  }
  const canvas = new OffscreenCanvas(MASK_SIZE, MASK_SIZE);
  canvas.getContext('2d')?.putImageData(new ImageData(layer, MASK_SIZE, MASK_SIZE), 0, 0);
  ctx.drawImage(canvas, 0, 0, side, side);
}
