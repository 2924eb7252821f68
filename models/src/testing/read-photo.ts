import sharp from 'sharp';
import type { RgbaImage } from './synthetic-image';

/** Decodes a PNG or JPEG photo to RGBA with sharp (EXIF orientation applied, as a browser shows it). */
export async function readPhoto(path: string): Promise<RgbaImage> {
  const { data, info } = await sharp(path).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}
