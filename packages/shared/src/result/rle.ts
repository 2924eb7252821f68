/**
 * Run-length encoding of binary masks, row-major, runs alternating 0,1,0,... starting with a
 * (possibly empty) run of zeros. Runs are written as unsigned LEB128 varints, then base64url,
 * so a typical lesion mask is a few hundred bytes of JSON-safe text.
 */
export interface RleMask {
  width: number;
  height: number;
  /** base64url (no padding) of LEB128 run lengths. */
  counts: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): number[] {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text) {
    const v = LOOKUP.get(ch);
    if (v === undefined) throw new Error(`RLE: invalid character "${ch}"`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return bytes;
}

/** Encodes a 0/1 mask (any non-zero byte counts as 1) of `width × height` pixels. */
export function encodeRle(mask: Uint8Array, width: number, height: number): RleMask {
  if (mask.length !== width * height) throw new Error(`RLE: mask has ${mask.length} pixels, expected ${width * height}`);
  const bytes: number[] = [];
  const pushRun = (run: number): void => {
    let v = run;
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  };
  let current = 0;
  let run = 0;
  for (let i = 0; i < mask.length; i++) {
    const bit = mask[i] ? 1 : 0;
    if (bit !== current) {
      pushRun(run);
      current = bit;
      run = 0;
    }
    run++;
  }
  pushRun(run);
  return { width, height, counts: toBase64Url(bytes) };
}

/** Calls `visit` with each run's start, length and bit; throws when the runs do not cover exactly width × height. */
function eachRun(rle: RleMask, visit: (start: number, run: number, bit: number) => void): void {
  const total = rle.width * rle.height;
  const bytes = fromBase64Url(rle.counts);
  let pos = 0;
  let bit = 0;
  let i = 0;
  while (i < bytes.length) {
    let run = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++] ?? 0;
      run += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80 && i < bytes.length);
    if (pos + run > total) throw new Error('RLE: runs exceed the mask size');
    visit(pos, run, bit);
    pos += run;
    bit ^= 1;
  }
  if (pos !== total) throw new Error(`RLE: runs cover ${pos} of ${total} pixels`);
}

/** Decodes an RLE mask to 0/1 bytes; throws when the runs do not cover exactly width × height. */
export function decodeRle(rle: RleMask): Uint8Array {
  const mask = new Uint8Array(rle.width * rle.height);
  eachRun(rle, (start, run, bit) => {
    if (bit) mask.fill(1, start, start + run);
  });
  return mask;
}

/**
 * Number of set pixels of an RLE mask, summed from its runs without decoding it: the same as
 * `countSet(decodeRle(rle))`, and it throws where `decodeRle` does.
 */
export function rleSetCount(rle: RleMask): number {
  let set = 0;
  eachRun(rle, (_start, run, bit) => {
    if (bit) set += run;
  });
  return set;
}

/** Number of set pixels in a 0/1 mask. */
export function countSet(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i] ? 1 : 0;
  return n;
}
