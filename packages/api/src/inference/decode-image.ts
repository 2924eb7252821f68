import sharp from 'sharp';
import type { RgbaImage } from '@derma/shared';

/**
 * Decodes JPEG, PNG or WebP bytes to upright sRGB RGBA, 8 bits per channel: EXIF orientation
 * applied; CMYK, 16-bit and grey converted; transparency flattened onto black, as a canvas
 * shows a transparent pixel, so the browser and the server see the same pixels.
 * @param maxPixels sharp refuses inputs with more pixels than this
 * @throws Error when the bytes are not a decodable, complete image
 */
export async function decodeImage(bytes: Uint8Array, maxPixels = 268_402_689): Promise<RgbaImage> {
  const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: maxPixels })
    .rotate()
    .flatten({ background: '#000000' })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
