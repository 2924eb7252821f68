import type { DiagnosisResult } from '../result/result-schema';
import type { BufferPool } from './buffer-pool';
import type { RgbaImage } from './onnx-runtime';
import { preprocess, tensorBuffer } from './preprocess';

type Crop = DiagnosisResult['crop'];

/**
 * Samples the (possibly rotated) square `crop` of `image` onto an `out × out` grid as a float32
 * NCHW RGB tensor in 0..1: a downscale averages each output pixel's footprint first, so it does
 * not alias; outside the image is black, as the original server padded its face crop.
 * @param target a buffer of 3 · out² floats to write into (see BufferPool), else a new one
 * @param pool where the two-step path takes its intermediate image from, else a new one
 * @example sampleAligned(image, { x: 10, y: 20, size: 400, angle: 7.5 }, 640)
 */
export function sampleAligned(image: RgbaImage, crop: Crop, out: number, target?: Float32Array, pool?: BufferPool): Float32Array {
  const tensor = tensorBuffer(3 * out * out, target);
  // Between 1× and 1.5× the output, k × k taps straight from the photo keep the most detail.
  // Beyond, the two-step path costs a fraction and its extra blur is below the output's pixel
  // size; an upscaled crop takes it too: the square is copied as it is, then turned with one
  // bilinear tap per output pixel, stepping along each turned row.
  return crop.size > out && crop.size <= 1.5 * out ? sampleDirect(image, crop, out, tensor) : shrinkThenTurn(image, crop, out, tensor, pool);
}

/** Shrinks the upright square around the turned crop, then turns it (see {@link sampleAligned}). */
function shrinkThenTurn(image: RgbaImage, crop: Crop, out: number, tensor: Float32Array, pool?: BufferPool): Float32Array {
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
  const scratch = pool?.take(3 * side * side);
  const small = preprocess(image, region, side, scratch).data;
  const scale = side / bound;
  // The crop in the small image's pixels: centre moved with the region, size scaled.
  const inSmall = { x: (cx - region.x) * scale - (crop.size * scale) / 2, y: (cy - region.y) * scale - (crop.size * scale) / 2, size: crop.size * scale, angle: crop.angle ?? 0 };
  try {
    return turnPlanar(small, side, inSmall, out, tensor);
  } finally {
    if (scratch) pool?.give(scratch);
  }
}

/** Bilinear samples of a turned square of a planar RGB 0..1 tensor `side²` into `tensor`, black outside. */
function turnPlanar(src: Float32Array, side: number, crop: { x: number; y: number; size: number; angle: number }, out: number, tensor: Float32Array): Float32Array {
  const plane = side * side;
  const outPlane = out * out;
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
      const o = oy * out + ox;
      if (x0 < 0 || y0 < 0 || x0 + 1 >= side || y0 + 1 >= side) {
        // Black; written, as a reused buffer holds the last run's pixels.
        tensor[o] = tensor[o + outPlane] = tensor[o + 2 * outPlane] = 0;
        continue;
      }
      const fx = px - x0;
      const fy = py - y0;
      const w00 = (1 - fx) * (1 - fy);
      const w01 = fx * (1 - fy);
      const w10 = (1 - fx) * fy;
      const w11 = fx * fy;
      const i = y0 * side + x0;
      for (let c = 0, base = i; c < 3; c++, base += plane) {
        tensor[o + c * outPlane] = (src[base] as number) * w00 + (src[base + 1] as number) * w01 + (src[base + side] as number) * w10 + (src[base + side + 1] as number) * w11;
      }
    }
  }
  return tensor;
}

/** k × k bilinear taps per output pixel over its footprint, straight from the photo (k = ceil(crop / out)). */
function sampleDirect(image: RgbaImage, crop: Crop, out: number, tensor: Float32Array): Float32Array {
  const scale = crop.size / out;
  const k = Math.max(1, Math.ceil(scale - 1e-6));
  const plane = out * out;
  const angle = ((crop.angle ?? 0) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const half = crop.size / 2;
  const [cx, cy] = [crop.x + half, crop.y + half];
  const weight = 1 / (k * k * 255);
  const { width, height, data } = image;
  const rowBytes = width * 4;
  // Per output pixel the same arithmetic, in the same order, as a tap-by-tap loop with a bounds
  // test on each of the four taps: where all four lie in the photo the tests are skipped (a tap of
  // weight 0 adds exactly 0), so the tensor is bit-identical to that loop, several times faster.
  for (let oy = 0; oy < out; oy++) {
    for (let ox = 0; ox < out; ox++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < k; sy++) {
        const dv = (oy + (sy + 0.5) / k) * scale - half;
        for (let sx = 0; sx < k; sx++) {
          const du = (ox + (sx + 0.5) / k) * scale - half;
          // Pixel centres sit at integer + 0.5: shift so bilinear weights refer to them.
          const px = cx + du * cos - dv * sin - 0.5;
          const py = cy + du * sin + dv * cos - 0.5;
          const x0 = Math.floor(px);
          const y0 = Math.floor(py);
          const fx = px - x0;
          const fy = py - y0;
          const w00 = (1 - fx) * (1 - fy);
          const w01 = fx * (1 - fy);
          const w10 = (1 - fx) * fy;
          const w11 = fx * fy;
          if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
            const i = y0 * rowBytes + x0 * 4;
            const j = i + rowBytes;
            r += (data[i] as number) * w00;
            g += (data[i + 1] as number) * w00;
            b += (data[i + 2] as number) * w00;
            r += (data[i + 4] as number) * w01;
            g += (data[i + 5] as number) * w01;
            b += (data[i + 6] as number) * w01;
            r += (data[j] as number) * w10;
            g += (data[j + 1] as number) * w10;
            b += (data[j + 2] as number) * w10;
            r += (data[j + 4] as number) * w11;
            g += (data[j + 5] as number) * w11;
            b += (data[j + 6] as number) * w11;
            continue;
          }
          for (let q = 0; q < 4; q++) {
            const x = x0 + (q & 1);
            const y = y0 + (q >> 1);
            const w = q === 0 ? w00 : q === 1 ? w01 : q === 2 ? w10 : w11;
            if (x < 0 || y < 0 || x >= width || y >= height || w === 0) continue;
            const i = (y * width + x) * 4;
            r += (data[i] as number) * w;
            g += (data[i + 1] as number) * w;
            b += (data[i + 2] as number) * w;
          }
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
