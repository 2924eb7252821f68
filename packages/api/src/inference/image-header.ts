/** Image formats the server accepts. */
export type ImageType = 'jpeg' | 'png' | 'webp';

/** What the header of an upload declares, read before any decoding. */
export interface ImageHeader {
  type: ImageType;
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, at: number, len: number): string => String.fromCharCode(...bytes.subarray(at, at + len));
const u16be = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number): number => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number): number => u16be(b, at) * 65536 + u16be(b, at + 2);

/** The format named by the file's magic bytes, or null for anything else (GIF, SVG, text…). */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  return null;
}

function jpegSize(b: Uint8Array): [number, number] | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [u16be(b, at + 7), u16be(b, at + 5)];
    }
    at += 2 + u16be(b, at + 2);
  }
  return null;
}

function webpSize(b: Uint8Array): [number, number] | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30) return [u24le(b, 24) + 1, u24le(b, 27) + 1];
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = u16le(b, 21) | (u16le(b, 23) << 16);
    return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return [u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff];
  }
  return null;
}

/**
 * Reads the type and declared dimensions of a JPEG, PNG or WebP from its first bytes, without
 * decoding pixels, so decompression bombs are refused before any work is spent on them.
 * @returns null type when the format is not accepted; null size when the header is unreadable
 */
export function readImageHeader(bytes: Uint8Array): { type: ImageType | null; size: [number, number] | null } {
  const type = sniffImageType(bytes);
  if (type === 'png') {
    const ok = bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR';
    return { type, size: ok ? [u32be(bytes, 16), u32be(bytes, 20)] : null };
  }
  if (type === 'jpeg') return { type, size: jpegSize(bytes) };
  if (type === 'webp') return { type, size: webpSize(bytes) };
  return { type: null, size: null };
}
