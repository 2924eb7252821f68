// Frozen copy of packages/shared/src/pipeline/preprocess.ts at f8c4b3f, before the optimisation:
// the js-stages benchmark times it beside the current code and checks both give equal bytes.
import type { Letterbox, Region, RgbaImage } from '@derma/shared';
import { letterbox } from '@derma/shared';

/** Pad value of ultralytics' letterbox (114 grey), as a fraction. */
const PAD = 114 / 255;

interface Taps {
  index: Int32Array;
  weight: Float32Array;
}

/**
 * Sample taps along one axis: for each output pixel, `k` sub-samples spread over its footprint,
 * each a bilinear pair of source indices (region-relative, clamped) and weights.
 * One sub-sample per pixel is plain bilinear (cv2 INTER_LINEAR centres); more average the
 * footprint so large downscales do not alias.
 */
function axisTaps(outSize: number, srcSize: number, k: number): Taps {
  const index = new Int32Array(outSize * k * 2);
  const weight = new Float32Array(outSize * k * 2);
  const scale = srcSize / outSize;
  for (let o = 0; o < outSize; o++) {
    for (let s = 0; s < k; s++) {
      const pos = (o + (s + 0.5) / k) * scale - 0.5;
      const p = Math.min(Math.max(pos, 0), srcSize - 1);
      const i0 = Math.floor(p);
      const i1 = Math.min(i0 + 1, srcSize - 1);
      const t = (o * k + s) * 2;
      index[t] = i0;
      index[t + 1] = i1;
      weight[t] = (1 - (p - i0)) / k;
      weight[t + 1] = (p - i0) / k;
    }
  }
  return { index, weight };
}

/**
 * Letterboxes `region` of `image` into a float32 NCHW RGB tensor of `inputSize²`, values 0..1,
 * pad 114/255. Pixels of the region outside the image are black, as the original server padded
 * its face crop.
 */
export function originalPreprocess(image: RgbaImage, region: Region, inputSize: number): { data: Float32Array; letterbox: Letterbox } {
  const lb = letterbox(region.width, region.height, inputSize);
  const plane = inputSize * inputSize;
  const data = new Float32Array(plane * 3).fill(PAD);
  const k = Math.max(1, Math.ceil(region.width / lb.innerWidth - 1e-6));
  const xs = axisTaps(lb.innerWidth, region.width, k);
  const ys = axisTaps(lb.innerHeight, region.height, k);
  const { width, height, data: px } = image;
  const rgb = new Float32Array(3);
  for (let oy = 0; oy < lb.innerHeight; oy++) {
    const rowOut = (oy + lb.padY) * inputSize + lb.padX;
    for (let ox = 0; ox < lb.innerWidth; ox++) {
      rgb.fill(0);
      for (let sy = 0; sy < k * 2; sy++) {
        const ty = oy * k * 2 + sy;
        const wy = ys.weight[ty] ?? 0;
        const iy = region.y + (ys.index[ty] ?? 0);
        if (wy === 0 || iy < 0 || iy >= height) continue;
        for (let sx = 0; sx < k * 2; sx++) {
          const tx = ox * k * 2 + sx;
          const ix = region.x + (xs.index[tx] ?? 0);
          const w = wy * (xs.weight[tx] ?? 0);
          if (w === 0 || ix < 0 || ix >= width) continue;
          const p = (iy * width + ix) * 4;
          rgb[0] = (rgb[0] ?? 0) + w * (px[p] ?? 0);
          rgb[1] = (rgb[1] ?? 0) + w * (px[p + 1] ?? 0);
          rgb[2] = (rgb[2] ?? 0) + w * (px[p + 2] ?? 0);
        }
      }
      const o = rowOut + ox;
      data[o] = (rgb[0] ?? 0) / 255;
      data[o + plane] = (rgb[1] ?? 0) / 255;
      data[o + 2 * plane] = (rgb[2] ?? 0) / 255;
    }
  }
  return { data, letterbox: lb };
}
