import type { RgbaImage } from '@derma/shared';
import { fitWithin } from './decode-photo';
import { canvas2d } from './rgba-canvas';

/**
 * The video's current frame as RGBA pixels, downscaled to `maxSide` on its longer side (never
 * mirrored: what the shutter would capture); null before the first frame.
 */
export function videoFrame(video: HTMLVideoElement, maxSide: number): RgbaImage | null {
  if (video.videoWidth === 0 || video.videoHeight === 0) return null;
  const { width, height } = fitWithin(video.videoWidth, video.videoHeight, maxSide);
  const ctx = canvas2d(width, height);
  ctx.drawImage(video, 0, 0, width, height);
  return { width, height, data: new Uint8Array(ctx.getImageData(0, 0, width, height).data.buffer) };
}
