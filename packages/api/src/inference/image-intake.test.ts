import type { RgbaImage } from '@derma/shared';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngDeclaring, quadrantImage, storeForOrientation } from './hostile-images.testing';
import type { ImageRejection } from './image-intake';
import { checkUpload, ImageRejectedError, intakeImage } from './image-intake';

const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };

async function rejection(bytes: Uint8Array, l = limits): Promise<ImageRejection | 'accepted'> {
  try {
    await intakeImage(bytes, l);
    return 'accepted';
  } catch (error) {
    if (error instanceof ImageRejectedError) return error.reason;
    throw error;
  }
}

function pixel(img: RgbaImage, x: number, y: number): number[] {
  const at = (y * img.width + x) * 4;
  return Array.from(img.data.subarray(at, at + 3));
}

describe('image intake on a hostile corpus', () => {
  it.each([
    ['zero bytes', new Uint8Array(0), 'UNSUPPORTED_TYPE'],
    ['text named .jpg', new TextEncoder().encode('hello, I am not a photo'), 'UNSUPPORTED_TYPE'],
    ['SVG with a script', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'UNSUPPORTED_TYPE'],
    ['a PNG declaring 100000×100000', pngDeclaring(100_000, 100_000), 'TOO_MANY_PIXELS'],
    ['a PNG declaring 20000×20000', pngDeclaring(20_000, 20_000), 'TOO_MANY_PIXELS'],
    ['a PNG header cut before its size', pngDeclaring(10, 10).subarray(0, 20), 'UNREADABLE'],
  ])('refuses %s with %s', async (_name, bytes, reason) => {
    expect(await rejection(bytes)).toBe(reason);
  });

  it('refuses a GIF as an unsupported type', async () => {
    const gif = await (await quadrantImage()).gif().toBuffer();
    expect(await rejection(gif)).toBe('UNSUPPORTED_TYPE');
  });

  it('refuses a file over the byte limit before reading it', async () => {
    const png = await (await quadrantImage()).png().toBuffer();
    expect(await rejection(png, { ...limits, maxBytes: png.length - 1 })).toBe('TOO_LARGE');
    expect(() => checkUpload(png, { ...limits, maxBytes: png.length - 1 })).toThrow(`the limit is ${png.length - 1}`);
  });

  it.each(['jpeg', 'png', 'webp'] as const)('refuses a truncated %s as unreadable', async (format) => {
    const bytes = await (await quadrantImage()).toFormat(format).toBuffer();
    expect(await rejection(bytes.subarray(0, Math.floor(bytes.length * 0.6)))).toBe('UNREADABLE');
  });

  it('reads the declared size of JPEG, PNG and WebP headers', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const bytes = await (await quadrantImage()).toFormat(format).toBuffer();
      expect(checkUpload(bytes, limits), format).toEqual({ type: format, width: 64, height: 48 });
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('shows a JPEG with EXIF orientation %i upright', async (o) => {
    const stored = await storeForOrientation(await quadrantImage(), o).jpeg({ quality: 95 }).withMetadata({ orientation: o }).toBuffer();
    const img = await intakeImage(stored, limits);
    expect([img.width, img.height]).toEqual([64, 48]);
    const corners = [pixel(img, 5, 5), pixel(img, 58, 5), pixel(img, 5, 42), pixel(img, 58, 42)];
    const expected = [[230, 40, 40], [40, 200, 40], [40, 40, 220], [240, 240, 60]];
    corners.forEach((c, i) => c.forEach((v, k) => expect(Math.abs(v - (expected[i]?.[k] ?? 0))).toBeLessThan(20)));
  });

  it('converts CMYK JPEG, 16-bit PNG and greyscale to 8-bit RGBA', async () => {
    const cmyk = await (await quadrantImage()).toColourspace('cmyk').jpeg().toBuffer();
    const deep = await (await quadrantImage()).toColourspace('rgb16').png().toBuffer();
    const grey = await (await quadrantImage()).greyscale().png().toBuffer();
    for (const bytes of [cmyk, deep, grey]) {
      const img = await intakeImage(bytes, limits);
      expect(img.data.length).toBe(64 * 48 * 4);
    }
    expect(pixel(await intakeImage(cmyk, limits), 5, 5)[0]).toBeGreaterThan(180);
    const g = pixel(await intakeImage(grey, limits), 5, 5);
    expect(g[0]).toBe(g[1]);
  });

  it('flattens transparent pixels onto black, as a browser canvas shows them', async () => {
    const rgba = Buffer.alloc(4 * 4 * 4, 255);
    rgba.set([255, 255, 255, 0], 0);
    const png = await sharp(rgba, { raw: { width: 4, height: 4, channels: 4 } }).png().toBuffer();
    const img = await intakeImage(png, limits);
    expect(pixel(img, 0, 0)).toEqual([0, 0, 0]);
    expect(pixel(img, 1, 0)).toEqual([255, 255, 255]);
  });
});
