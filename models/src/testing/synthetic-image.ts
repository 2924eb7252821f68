import { gaussianNoise, seededRandom } from './prng';

/** An RGBA image as the pipeline takes it: row-major, 4 bytes per pixel. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export type Rgb = readonly [number, number, number];

/** A light, even skin tone (sRGB). */
export const SKIN_TONE: Rgb = [224, 176, 152];
/** The red of an inflamed papule (sRGB). */
export const SPOT_RED: Rgb = [196, 92, 88];

/** A plain image of one colour, e.g. a no-skin control. */
export function solidImage(width: number, height: number, colour: Rgb): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([colour[0], colour[1], colour[2], 255], i * 4);
  return { width, height, data };
}

/**
 * Even skin with mild per-pixel luminance noise (standard deviation `noise` in 0..255 units)
 * and a gentle left-to-right shading, all from `seed`.
 */
export function skinImage(opts: { width: number; height: number; seed?: number; tone?: Rgb; noise?: number }): RgbaImage {
  const { width, height } = opts;
  const tone = opts.tone ?? SKIN_TONE;
  const rand = seededRandom(opts.seed ?? 1);
  const img = solidImage(width, height, tone);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = 1 + 0.06 * (x / width - 0.5) + ((opts.noise ?? 3) * gaussianNoise(rand)) / 255;
      const i = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) img.data[i + c] = (tone[c] ?? 0) * shade;
    }
  }
  return img;
}

/** Blends `colour` into pixel (x, y) with weight `alpha` in 0..1. */
export function blendPixel(img: RgbaImage, x: number, y: number, colour: Rgb, alpha: number): void {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height || alpha <= 0) return;
  const i = (y * img.width + x) * 4;
  const a = Math.min(1, alpha);
  for (let c = 0; c < 3; c++) img.data[i + c] = (img.data[i + c] ?? 0) * (1 - a) + (colour[c] ?? 0) * a;
}

/** Scales pixel (x, y)'s RGB by `factor` (below 1 darkens). */
export function scalePixel(img: RgbaImage, x: number, y: number, factor: number): void {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return;
  const i = (y * img.width + x) * 4;
  for (let c = 0; c < 3; c++) img.data[i + c] = (img.data[i + c] ?? 0) * factor;
}

/** Visits every pixel of the box [x0, x1) x [y0, y1) clipped to the image. */
export function forEachPixel(img: RgbaImage, box: readonly [number, number, number, number], fn: (x: number, y: number) => void): void {
  const [x0, y0, x1, y1] = box;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(img.width, Math.ceil(x1)); x++) fn(x, y);
  }
}
