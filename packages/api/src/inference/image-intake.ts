import type { RgbaImage } from '@derma/shared';
import type { ImageHeader } from './image-header';
import { readImageHeader } from './image-header';
import { decodeImage } from './decode-image';

/** Why an upload was refused; the API maps each code to a tRPC error. */
export type ImageRejection = 'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'TOO_MANY_PIXELS' | 'UNREADABLE';

export class ImageRejectedError extends Error {
  override readonly name = 'ImageRejectedError';

  constructor(
    readonly reason: ImageRejection,
    message: string,
  ) {
    super(message);
  }
}

export interface IntakeLimits {
  /** Most bytes accepted (`MAX_IMAGE_SIZE`). */
  maxBytes: number;
  /** Most pixels a declared width × height may have. */
  maxPixels: number;
}

/** 40 megapixels: above any phone camera, far below what would exhaust memory when decoded. */
export const DEFAULT_MAX_PIXELS = 40_000_000;

/**
 * Checks an untrusted upload before any decoding work: size, type from magic bytes (JPEG, PNG,
 * WebP), declared dimensions within the pixel limit.
 * @throws ImageRejectedError with the reason and a human message
 */
export function checkUpload(bytes: Uint8Array, limits: IntakeLimits): ImageHeader {
  if (bytes.length > limits.maxBytes) {
    throw new ImageRejectedError('TOO_LARGE', `image is ${bytes.length} bytes; the limit is ${limits.maxBytes}`);
  }
  const { type, size } = readImageHeader(bytes);
  if (!type) throw new ImageRejectedError('UNSUPPORTED_TYPE', 'unsupported image type: send a JPEG, PNG or WebP photo');
  if (!size || size[0] < 1 || size[1] < 1) throw new ImageRejectedError('UNREADABLE', 'unreadable image: its header is damaged');
  if (size[0] * size[1] > limits.maxPixels) {
    throw new ImageRejectedError('TOO_MANY_PIXELS', `image declares ${size[0]}×${size[1]} pixels; the limit is ${limits.maxPixels} pixels`);
  }
  return { type, width: size[0], height: size[1] };
}

/**
 * Checks then decodes an upload to upright sRGB RGBA (see `decodeImage`).
 * @throws ImageRejectedError for refused or corrupt files
 */
export async function intakeImage(bytes: Uint8Array, limits: IntakeLimits): Promise<RgbaImage> {
  checkUpload(bytes, limits);
  try {
    return await decodeImage(bytes, limits.maxPixels);
  } catch {
    throw new ImageRejectedError('UNREADABLE', 'unreadable image: the file is truncated or corrupt');
  }
}
