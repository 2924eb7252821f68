// Frozen copy of packages/shared/src/pipeline/sample-aligned.ts at 523aa99, before the rotated-crop
// sampler stepped along rows: the js-stages benchmark times it beside the current code.
import type { DiagnosisResult, RgbaImage } from '@derma/shared';
import { originalPreprocess as preprocess } from './original-preprocess';

type Crop = DiagnosisResult['crop'];

/**
 * Samples the (possibly rotated) square `crop` of `image` onto an `out × out` grid as a float32
 * NCHW RGB tensor in 0..1: a downscale averages each output pixel's footprint first, so it does
 * not alias; outside the image is black, as the original server padded its face crop.
 * @example sampleAligned(image, { x: 10, y: 20, size: 400, angle: 7.5 }, 640)
 */
export function originalSampleAligned(image: RgbaImage, crop: Crop, out: number): Float32Array {
  // Up to 1.5× the output, k × k taps straight from the photo keep the most detail; beyond, the
  // two-step path costs a fraction and its extra blur is below the output's pixel size.
  return crop.size <= 1.5 * out ? sampleDirect(image, crop, out) : shrinkThenTurn(image, crop, out);
}

/** Shrinks the upright square around the turned crop, then turns it (see {@link sampleAligned}). */
function shrinkThenTurn(image: RgbaImage, crop: Crop, out: number): Float32Array {
  const angle = ((crop.angle ?? 0) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const half = crop.size / 2;
  const [cx, cy] = [crop.x + half, crop.y + half];
  const bound = Math.ceil(crop.size * (Math.abs(cos) + Math.abs(sin))) + 2;
  const region = { x: Math.round(cx - bound / 2), y: Math.round(cy - bound / 2), width: bound, height: bound };
  // The upright square around the turned crop, area-averaged down to the output's pixel size (or
  // copied as it is when the crop is upscaled) by the fast separable `preprocess`, then turned
  // with one bilinear tap per output pixel.
  const side = Math.min(bound, Math.ceil((bound * out) / crop.size));
  const small = preprocess(image, region, side).data;
  const scale = side / bound;
  // The crop in the small image's pixels: centre moved with the region, size scaled.
  const inSmall = { x: (cx - region.x) * scale - (crop.size * scale) / 2, y: (cy - region.y) * scale - (crop.size * scale) / 2, size: crop.size * scale, angle: crop.angle ?? 0 };
  return turnPlanar(small, side, inSmall, out);
}

/** Bilinear samples of a turned square of a planar RGB 0..1 tensor `side²`, black outside. */
function turnPlanar(src: Float32Array, side: number, crop: { x: number; y: number; size: number; angle: number }, out: number): Float32Array {
  const plane = side * side;
  const outPlane = out * out;
  const tensor = new Float32Array(3 * outPlane);
  const angle = (crop.angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const half = crop.size / 2;
  const step = crop.size / out;
  const [ux, uy] = [step * cos, step * sin];
  for (let oy = 0; oy < out; oy++) {
    const dv = (oy + 0.5) * step - half;
    // Walk the output row: each step moves the source point by (ux, uy).
    let px = crop.x + half + (0.5 * step - half) * cos - dv * sin - 0.5;
    let py = crop.y + half + (0.5 * step - half) * sin + dv * cos - 0.5;
    for (let ox = 0; ox < out; ox++, px += ux, py += uy) {
      const x0 = Math.floor(px);
      const y0 = Math.floor(py);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= side || y0 + 1 >= side) continue;
      const fx = px - x0;
      const fy = py - y0;
      const w00 = (1 - fx) * (1 - fy);
      const w01 = fx * (1 - fy);
      const w10 = (1 - fx) * fy;
      const w11 = fx * fy;
      const i = y0 * side + x0;
      const o = oy * out + ox;
      for (let c = 0, base = i; c < 3; c++, base += plane) {
        tensor[o + c * outPlane] = (src[base] as number) * w00 + (src[base + 1] as number) * w01 + (src[base + side] as number) * w10 + (src[base + side + 1] as number) * w11;
      }
    }
  }
  return tensor;
}

/** k × k bilinear taps per output pixel over its footprint, straight from the photo (k = ceil(crop / out)). */
function sampleDirect(image: RgbaImage, crop: Crop, out: number): Float32Array {
  const plane = out * out;
  const tensor = new Float32Array(3 * plane);
  const angle = ((crop.angle ?? 0) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const half = crop.size / 2;
  const [cx, cy] = [crop.x + half, crop.y + half];
  const scale = crop.size / out;
  const k = Math.max(1, Math.ceil(scale - 1e-6));
  const weight = 1 / (k * k * 255);
  const { width, height, data } = image;
  for (let oy = 0; oy < out; oy++) {
    for (let ox = 0; ox < out; ox++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let s = 0; s < k * k; s++) {
        const du = (ox + ((s % k) + 0.5) / k) * scale - half;
        const dv = (oy + (Math.floor(s / k) + 0.5) / k) * scale - half;
        // Pixel centres sit at integer + 0.5: shift so bilinear weights refer to them.
        const px = cx + du * cos - dv * sin - 0.5;
        const py = cy + du * sin + dv * cos - 0.5;
        const x0 = Math.floor(px);
        const y0 = Math.floor(py);
        const fx = px - x0;
        const fy = py - y0;
        for (let q = 0; q < 4; q++) {
          const [x, y] = [x0 + (q & 1), y0 + (q >> 1)];
          const w = (q & 1 ? fx : 1 - fx) * (q >> 1 ? fy : 1 - fy);
          if (x < 0 || y < 0 || x >= width || y >= height || w === 0) continue;
          const i = (y * width + x) * 4;
          r += (data[i] as number) * w;
          g += (data[i + 1] as number) * w;
          b += (data[i + 2] as number) * w;
        }
      }
      const o = oy * out + ox;
      tensor[o] = r * weight;
      tensor[o + plane] = g * weight;
      tensor[o + 2 * plane] = b * weight;
    }
  }
  return tensor;
}
