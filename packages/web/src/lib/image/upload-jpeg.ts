import type { RgbaImage } from '@derma/shared';
import { fitWithin } from './decode-photo';
import { canvas2d, rgbaCanvas } from './rgba-canvas';

/** Longest side of a photo sent for server analysis: enough for the models, small on slow links. */
export const UPLOAD_MAX_SIDE = 1024;

export interface UploadJpeg {
  blob: Blob;
  width: number;
  height: number;
}

/** The upright decoded photo, downscaled to `UPLOAD_MAX_SIDE` and encoded as JPEG for upload. */
export async function uploadJpeg(image: RgbaImage, maxSide = UPLOAD_MAX_SIDE): Promise<UploadJpeg> {
  const { width, height } = fitWithin(image.width, image.height, maxSide);
  const ctx = canvas2d(width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(rgbaCanvas(image), 0, 0, width, height);
  return { blob: await ctx.canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 }), width, height };
}
