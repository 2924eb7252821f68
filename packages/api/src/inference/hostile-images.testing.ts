import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { Sharp } from 'sharp';

/** A 64×48 image with a distinct colour per quadrant, so any rotation or flip is visible. */
export async function quadrantImage(): Promise<Sharp> {
  const w = 64;
  const h = 48;
  const data = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const q = (y < h / 2 ? 0 : 2) + (x < w / 2 ? 0 : 1);
      data.set([[230, 40, 40], [40, 200, 40], [40, 40, 220], [240, 240, 60]][q] ?? [0, 0, 0], (y * w + x) * 3);
    }
  }
  return sharp(data, { raw: { width: w, height: h, channels: 3 } });
}

/** A syntactically valid PNG whose IHDR declares `width × height` (a decompression bomb's header). */
export function pngDeclaring(width: number, height: number): Uint8Array {
  const crc = (buf: Buffer): number => {
    let c = ~0;
    for (const byte of buf) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, body: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(typed));
    return Buffer.concat([head, typed, tail]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * How to store an upright image so that EXIF orientation `o` shows it upright again: the
 * inverse of the orientation's transform (EXIF 2.32, tag 0x0112).
 */
export function storeForOrientation(image: Sharp, o: number): Sharp {
  switch (o) {
    case 2:
      return image.flop();
    case 3:
      return image.rotate(180);
    case 4:
      return image.flip();
    case 5:
      return image.rotate(90).flip();
    case 6:
      return image.rotate(270);
    case 7:
      return image.rotate(270).flip();
    case 8:
      return image.rotate(90);
    default:
      return image;
  }
}
