import type { RgbaImage } from './onnx-runtime';
import type { Letterbox, Region } from './letterbox';
import { letterbox } from './letterbox';

/** Pad value of ultralytics' letterbox (114 grey), as a fraction. */
const PAD = 114 / 255;

/** `target` when given (checked to be `length` floats), else a new buffer. */
export function tensorBuffer(length: number, target?: Float32Array): Float32Array {
  if (!target) return new Float32Array(length);
  if (target.length !== length) throw new Error(`a tensor buffer of ${length} floats is needed, got ${target.length}`);
  return target;
}

/** The sample taps of one axis that land inside the image, flattened per output pixel. */
interface Taps {
  /** Taps of output pixel `o` are `start[o]` .. `start[o + 1]` - 1. */
  start: Int32Array;
  /** Source index of each tap, in image pixels along the axis. */
  index: Int32Array;
  weight: Float32Array;
}

/**
 * Sample taps along one axis: for each output pixel, `k` sub-samples spread over its footprint,
 * each a bilinear pair of source indices (region-relative, clamped) and weights; taps on the same
 * source pixel are merged into one (a 1.6× downscale has 3 distinct taps, not 4).
 * One sub-sample per pixel is plain bilinear (cv2 INTER_LINEAR centres); more average the
 * footprint so large downscales do not alias. Taps with zero weight or whose source lies
 * outside the image (`origin + index` not in 0..limit-1) are dropped: they add nothing (black).
 */
function axisTaps(outSize: number, srcSize: number, k: number, origin: number, limit: number): Taps {
  const start = new Int32Array(outSize + 1);
  const index = new Int32Array(outSize * k * 2);
  const weight = new Float32Array(outSize * k * 2);
  const scale = srcSize / outSize;
  let n = 0;
  const push = (first: number, i: number, w: number) => {
    const at = origin + i;
    if (w === 0 || at < 0 || at >= limit) return;
    // Sub-samples walk forwards, so a repeated source pixel is the last one pushed.
    if (n > first && index[n - 1] === at) {
      weight[n - 1] = (weight[n - 1] as number) + w;
      return;
    }
    index[n] = at;
    weight[n++] = w;
  };
  for (let o = 0; o < outSize; o++) {
    start[o] = n;
    for (let s = 0; s < k; s++) {
      const pos = (o + (s + 0.5) / k) * scale - 0.5;
      const p = Math.min(Math.max(pos, 0), srcSize - 1);
      const i0 = Math.floor(p);
      push(start[o] as number, i0, (1 - (p - i0)) / k);
      push(start[o] as number, Math.min(i0 + 1, srcSize - 1), (p - i0) / k);
    }
  }
  start[outSize] = n;
  return { start, index, weight };
}

/**
 * Letterboxes `region` of `image` into a float32 NCHW RGB tensor of `inputSize²`, values 0..1,
 * pad 114/255. Pixels of the region outside the image are black, as the original server padded
 * its face crop.
 *
 * Separable: each source row the output needs is resampled along x once (RGB interleaved), then
 * the output rows are weighted sums of those along y — a tap count of kx + ky per output pixel
 * instead of kx · ky. The values equal the two-dimensional tap sum up to float rounding.
 * @param target a buffer of 3 · inputSize² floats to write into (see BufferPool), else a new one
 */
export function preprocess(image: RgbaImage, region: Region, inputSize: number, target?: Float32Array): { data: Float32Array; letterbox: Letterbox } {
  const lb = letterbox(region.width, region.height, inputSize);
  const plane = inputSize * inputSize;
  const data = tensorBuffer(3 * plane, target).fill(PAD);
  const k = Math.max(1, Math.ceil(region.width / lb.innerWidth - 1e-6));
  const { width, height, data: px } = image;
  const outW = lb.innerWidth;
  const xs = axisTaps(outW, region.width, k, region.x, width);
  const ys = axisTaps(lb.innerHeight, region.height, k, region.y, height);
  // Source rows resampled along x on demand into a small ring (the y taps of consecutive output
  // rows walk forwards and share rows), so the working set stays in cache.
  const rowStride = outW * 3;
  const ringSize = 2 * k + 2;
  const ring = new Float32Array(ringSize * rowStride);
  const ringRow = new Int32Array(ringSize).fill(-1);
  const resampled = (y: number): number => {
    const slot = y % ringSize;
    const dst = slot * rowStride;
    if (ringRow[slot] === y) return dst;
    ringRow[slot] = y;
    const src = y * width * 4;
    for (let ox = 0; ox < outW; ox++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let t = xs.start[ox] as number, end = xs.start[ox + 1] as number; t < end; t++) {
        const w = xs.weight[t] as number;
        const p = src + (xs.index[t] as number) * 4;
        r += w * (px[p] as number);
        g += w * (px[p + 1] as number);
        b += w * (px[p + 2] as number);
      }
      ring[dst + ox * 3] = r;
      ring[dst + ox * 3 + 1] = g;
      ring[dst + ox * 3 + 2] = b;
    }
    return dst;
  };
  const acc = new Float32Array(rowStride);
  for (let oy = 0; oy < lb.innerHeight; oy++) {
    acc.fill(0);
    for (let t = ys.start[oy] as number, end = ys.start[oy + 1] as number; t < end; t++) {
      // 0..255 to 0..1 folded into the y weights.
      const w = (ys.weight[t] as number) / 255;
      const row = resampled(ys.index[t] as number);
      for (let i = 0; i < rowStride; i++) acc[i] = (acc[i] as number) + w * (ring[row + i] as number);
    }
    const rowOut = (oy + lb.padY) * inputSize + lb.padX;
    for (let ox = 0, i = 0; ox < outW; ox++, i += 3) {
      const o = rowOut + ox;
      data[o] = acc[i] as number;
      data[o + plane] = acc[i + 1] as number;
      data[o + 2 * plane] = acc[i + 2] as number;
    }
  }
  return { data, letterbox: lb };
}
