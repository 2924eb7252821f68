import type { DiagnosisResult } from '../result/result-schema';
import type { RgbaImage } from './onnx-runtime';

type Crop = DiagnosisResult['crop'];

/** Channel `c` of the pixel at integer (x, y), black outside the image. */
function at(image: RgbaImage, x: number, y: number, c: number): number {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return 0;
  return image.data[(y * image.width + x) * 4 + c] as number;
}

/**
 * Samples the (possibly rotated) square `crop` of `image` onto an `out × out` grid as a float32
 * NCHW RGB tensor in 0..1: each output pixel averages k × k bilinear taps over its footprint
 * (k = ceil(crop side / out)), so large downscales do not alias; outside the image is black,
 * as the original server padded its face crop.
 * @example sampleAligned(image, { x: 10, y: 20, size: 400, angle: 7.5 }, 640)
 */
export function sampleAligned(image: RgbaImage, crop: Crop, out: number): Float32Array {
  const plane = out * out;
  const tensor = new Float32Array(3 * plane);
  const angle = ((crop.angle ?? 0) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const half = crop.size / 2;
  const [cx, cy] = [crop.x + half, crop.y + half];
  const scale = crop.size / out;
  const k = Math.max(1, Math.ceil(scale - 1e-6));
  const weight = 1 / (k * k * 255);
  const rgb = [0, 0, 0];
  for (let oy = 0; oy < out; oy++) {
    for (let ox = 0; ox < out; ox++) {
      rgb[0] = rgb[1] = rgb[2] = 0;
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
          for (let c = 0; c < 3; c++) {
            const top = at(image, x0, y0, c) * (1 - fx) + at(image, x0 + 1, y0, c) * fx;
            const bottom = at(image, x0, y0 + 1, c) * (1 - fx) + at(image, x0 + 1, y0 + 1, c) * fx;
            rgb[c] = (rgb[c] as number) + top * (1 - fy) + bottom * fy;
          }
        }
      }
      const o = oy * out + ox;
      tensor[o] = (rgb[0] as number) * weight;
      tensor[o + plane] = (rgb[1] as number) * weight;
      tensor[o + 2 * plane] = (rgb[2] as number) * weight;
    }
  }
  return tensor;
}
