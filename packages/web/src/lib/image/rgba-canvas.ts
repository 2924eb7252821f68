import type { RgbaImage } from '@derma/shared';

/** A canvas holding the pixels of an RGBA image, to draw from. */
export function rgbaCanvas(image: RgbaImage): OffscreenCanvas {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  ctx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return canvas;
}

/** A 2D context of a new canvas of the given size. */
export function canvas2d(width: number, height: number): OffscreenCanvasRenderingContext2D {
  const ctx = new OffscreenCanvas(width, height).getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  return ctx;
}
