import sharp from 'sharp';
import type { RgbaImage } from '@derma/shared';
import { decodeImage } from '@derma/api/inference';

type Sharp = ReturnType<typeof sharp>;

/** Longest side the web app hands the pipeline (packages/web `decode-photo.ts` MAX_SIDE). */
const APP_MAX_SIDE = 1600;

function raw(image: RgbaImage): Sharp {
  return sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
    raw: { width: image.width, height: image.height, channels: 4 },
  });
}

async function toRgba(pipeline: Sharp): Promise<PaintableImage> {
  const { data, info } = await pipeline.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

/** Pixels the lesion painters can blend into (they clamp, as a canvas does). */
export type PaintableImage = RgbaImage & { data: Uint8ClampedArray };

/** A writable copy, for the lesion painters (they blend into the pixels in place). */
export function copyImage(image: RgbaImage): PaintableImage {
  return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
}

/**
 * A photo file as the app hands it to the pipeline: decoded upright like the server does
 * (`decodeImage`), then fitted within the app's longest side.
 */
export async function decodePhoto(bytes: Uint8Array): Promise<RgbaImage> {
  const image = await decodeImage(bytes);
  if (Math.max(image.width, image.height) <= APP_MAX_SIDE) return copyImage(image);
  return toRgba(raw(image).resize(APP_MAX_SIDE, APP_MAX_SIDE, { fit: 'inside', kernel: 'lanczos3' }));
}

/** How a phone, a messenger or a dim room degrades a photo. */
export const DEGRADATIONS = ['jpeg q50', 'half size', 'rotated 4°', 'darker ×0.7'] as const;
export type Degradation = (typeof DEGRADATIONS)[number];

/**
 * The photo degraded one way. Rotation grows the canvas (black corners, as an editor's
 * straighten-and-keep-all does); darker scales linear RGB values, like a shorter exposure.
 */
export async function degrade(image: RgbaImage, how: Degradation): Promise<RgbaImage> {
  switch (how) {
    case 'jpeg q50':
      return decodePhoto(new Uint8Array(await raw(image).removeAlpha().jpeg({ quality: 50 }).toBuffer()));
    case 'half size':
      return toRgba(raw(image).resize(Math.round(image.width / 2), Math.round(image.height / 2), { kernel: 'lanczos3' }));
    case 'rotated 4°':
      return toRgba(raw(image).removeAlpha().rotate(4, { background: '#000000' }));
    case 'darker ×0.7':
      // sRGB 0.7^(1/2.2) ≈ 0.85 per channel is a 0.7× exposure in linear light.
      return toRgba(raw(image).removeAlpha().linear(0.85, 0));
  }
}
