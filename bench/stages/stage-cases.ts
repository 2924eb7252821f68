import type { Candidate, Letterbox, Region, RgbaImage } from '@derma/shared';
import { letterbox } from '@derma/shared';

/** A small deterministic PRNG (mulberry32): the same cases on every run and machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A preprocessing case: an image, the crop the pipeline would take, the model input size. */
export interface PreprocessCase {
  name: string;
  image: RgbaImage;
  region: Region;
  inputSize: number;
}

function noiseImage(width: number, height: number, seed: number): RgbaImage {
  const rand = prng(seed);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i++) data[i] = (i & 3) === 3 ? 255 : 96 + rand() * 128;
  return { width, height, data };
}

/** The letterbox shapes the pipeline meets: upscaling a small photo, downscaling a phone crop. */
export function preprocessCases(): PreprocessCase[] {
  const small = noiseImage(512, 512, 1);
  const phone = noiseImage(1600, 1200, 2);
  // A face crop that runs past the top edge, as a face near the border gives.
  const crop: Region = { x: 300, y: -80, width: 1000, height: 1000 };
  return [
    { name: '512² whole image → 640 (face stage, upscale)', image: small, region: { x: 0, y: 0, width: 512, height: 512 }, inputSize: 640 },
    { name: '512² whole image → 320 (face stage, YuNet 320 variant)', image: small, region: { x: 0, y: 0, width: 512, height: 512 }, inputSize: 320 },
    { name: '1600×1200 whole image → 640 (face stage)', image: phone, region: { x: 0, y: 0, width: 1600, height: 1200 }, inputSize: 640 },
    { name: '1000² crop of 1600×1200 → 640 (seg input)', image: phone, region: crop, inputSize: 640 },
    { name: '1000² crop of 1600×1200 → 320 (seg input)', image: phone, region: crop, inputSize: 320 },
  ];
}

/** A roll-aligned crop case: the seg input of a face turned in the photo. */
export interface AlignedCase {
  name: string;
  image: RgbaImage;
  crop: { x: number; y: number; size: number; angle: number };
  out: number;
}

/** The turned crops the pipeline samples: a small face upscaled, a phone's face downscaled. */
export function alignedCases(): AlignedCase[] {
  const small = noiseImage(512, 512, 3);
  const phone = noiseImage(1600, 1200, 4);
  return [
    { name: '162² crop of 512², turned 7.8° → 640 (seg input, upscale)', image: small, crop: { x: 147, y: 35, size: 162, angle: 7.77 }, out: 640 },
    { name: '800² crop of 1600×1200, turned −5° → 640 (seg input)', image: phone, crop: { x: 400, y: 150, size: 800, angle: -5 }, out: 640 },
  ];
}

/** A mask-assembly case: seg outputs of a 640 model on a 1000² crop. */
export interface MaskCase {
  name: string;
  detections: Candidate[];
  coefficients: (anchor: number, k: number) => number;
  protos: { data: Float32Array; nm: number; height: number; width: number };
  lb: Letterbox;
  region: Region;
}

/** Random protos and coefficients with `count` boxes of 10-200 input pixels. */
export function maskCase(count: number, seed: number): MaskCase {
  const rand = prng(seed);
  const protos = { data: Float32Array.from({ length: 32 * 160 * 160 }, () => rand() * 2 - 1), nm: 32, height: 160, width: 160 };
  const coeffs = Float32Array.from({ length: count * 32 }, () => rand() * 2 - 1);
  const detections: Candidate[] = Array.from({ length: count }, (_, anchor) => {
    const [w, h] = [10 + rand() * 190, 10 + rand() * 190];
    const [x1, y1] = [rand() * (640 - w), rand() * (640 - h)];
    return { x1, y1, x2: x1 + w, y2: y1 + h, score: 0.5, classIndex: 0, anchor };
  });
  const region: Region = { x: 300, y: -80, width: 1000, height: 1000 };
  return { name: `${count} detections, 160² protos → 256² grid`, detections, coefficients: (a, k) => coeffs[a * 32 + k] ?? 0, protos, lb: letterbox(1000, 1000, 640), region };
}
