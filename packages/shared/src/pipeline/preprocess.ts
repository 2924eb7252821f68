import type { RgbaImage } from './onnx-runtime';
import type { Letterbox, Region } from './letterbox';
import { letterbox } from './letterbox';

/** Pad value of ultralytics' letterbox (114 grey), as a fraction. */
const PAD = 114 / 255;

/** The sample taps of one axis that land inside the image, flattened per output pixel. */
interface Taps {
  /** Taps of output pixel `o` are `start[o]` .. `start[o + 1]` - 1. */
  start: Int32Array;
  /** Source offset of each tap: a pixel index times `stride`. */
  offset: Int32Array;
  weight: Float32Array;
}

/**
 * Sample taps along one axis: for each output pixel, `k` sub-samples spread over its footprint,
 * each a bilinear pair of source indices (region-relative, clamped) and weights.
 * One sub-sample per pixel is plain bilinear (cv2 INTER_LINEAR centres); more average the
 * footprint so large downscales do not alias. Taps with zero weight or whose source lies
 * outside the image (`origin + index` not in 0..limit-1) are dropped: they would add nothing.
 */
function axisTaps(outSize: number, srcSize: number, k: number, origin: number, limit: number, stride: number): Taps {
  const start = new Int32Array(outSize + 1);
  const offset = new Int32Array(outSize * k * 2);
  const weight = new Float32Array(outSize * k * 2);
  const scale = srcSize / outSize;
  let n = 0;
  const push = (i: number, w: number) => {
    const at = origin + i;
    weight[n] = w;
    // A weight that rounds to 0 in float32 is dropped too, as the per-tap check did.
    if (weight[n] === 0 || at < 0 || at >= limit) return;
    offset[n++] = at * stride;
  };
  for (let o = 0; o < outSize; o++) {
    start[o] = n;
    for (let s = 0; s < k; s++) {
      const pos = (o + (s + 0.5) / k) * scale - 0.5;
      const p = Math.min(Math.max(pos, 0), srcSize - 1);
      const i0 = Math.floor(p);
      push(i0, (1 - (p - i0)) / k);
      push(Math.min(i0 + 1, srcSize - 1), (p - i0) / k);
    }
  }
  start[outSize] = n;
  return { start, offset, weight };
}

/**
 * Letterboxes `region` of `image` into a float32 NCHW RGB tensor of `inputSize²`, values 0..1,
 * pad 114/255. Pixels of the region outside the image are black, as the original server padded
 * its face crop.
 */
export function preprocess(image: RgbaImage, region: Region, inputSize: number): { data: Float32Array; letterbox: Letterbox } {
  const lb = letterbox(region.width, region.height, inputSize);
  const plane = inputSize * inputSize;
  const data = new Float32Array(plane * 3).fill(PAD);
  const k = Math.max(1, Math.ceil(region.width / lb.innerWidth - 1e-6));
  const { width, height, data: px } = image;
  const xs = axisTaps(lb.innerWidth, region.width, k, region.x, width, 4);
  const ys = axisTaps(lb.innerHeight, region.height, k, region.y, height, width * 4);
  const fround = Math.fround;
  for (let oy = 0; oy < lb.innerHeight; oy++) {
    const rowOut = (oy + lb.padY) * inputSize + lb.padX;
    const y0 = ys.start[oy] as number;
    const y1 = ys.start[oy + 1] as number;
    for (let ox = 0; ox < lb.innerWidth; ox++) {
      const x0 = xs.start[ox] as number;
      const x1 = xs.start[ox + 1] as number;
      // Sums are rounded to float32 after every tap, as the float32 accumulator of the
      // reference implementation did, so the tensor is bit-identical to it.
      let r = 0;
      let g = 0;
      let b = 0;
      for (let ty = y0; ty < y1; ty++) {
        const wy = ys.weight[ty] as number;
        const row = ys.offset[ty] as number;
        for (let tx = x0; tx < x1; tx++) {
          const w = wy * (xs.weight[tx] as number);
          const p = row + (xs.offset[tx] as number);
          r = fround(r + w * (px[p] as number));
          g = fround(g + w * (px[p + 1] as number));
          b = fround(b + w * (px[p + 2] as number));
        }
      }
      const o = rowOut + ox;
      data[o] = r / 255;
      data[o + plane] = g / 255;
      data[o + 2 * plane] = b / 255;
    }
  }
  return { data, letterbox: lb };
}
