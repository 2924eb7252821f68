import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { RgbaImage } from './synthetic-image';

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes an 8-bit, non-interlaced PNG (grey, grey+alpha, RGB or RGBA) to RGBA, for tests that
 * need the committed photo fixtures without an image library.
 */
export function readPng(path: string): RgbaImage {
  const buf = readFileSync(path);
  let pos = 8;
  let width = 0;
  let height = 0;
  let bpp = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      bpp = CHANNELS[body[9] ?? -1] ?? 0;
      if (body[8] !== 8 || body[12] !== 0 || bpp === 0) throw new Error(`${path}: unsupported PNG format`);
    }
    if (type === 'IDAT') idat.push(body);
    pos += 12 + len;
  }
  const px = unfilter(inflateSync(Buffer.concat(idat)), width, height, bpp);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = px.subarray(i * bpp, i * bpp + bpp);
    const grey = bpp < 3;
    data.set([s[0] ?? 0, grey ? (s[0] ?? 0) : (s[1] ?? 0), grey ? (s[0] ?? 0) : (s[2] ?? 0)], i * 4);
    data[i * 4 + 3] = bpp === 4 ? (s[3] ?? 255) : bpp === 2 ? (s[1] ?? 255) : 255;
  }
  return { width, height, data };
}
