import type { DiagnosisResult, Layout } from '../result/result-schema';
import type { RgbaImage } from '../pipeline/onnx-runtime';
import { sampleAligned } from '../pipeline/sample-aligned';
import { faceGeometry } from './face-geometry';
import { zoneMap } from './zone-map';

/** Exposure and focus of a face's skin, as the quality gate judges them. */
export interface SkinStats {
  /** Median luma (0..1, sRGB) of the skin pixels. */
  medianLuma: number;
  /** Share of skin pixels with a channel at 250 of 255 or more. */
  clipped: number;
  /** Mean |Laplacian| of luma around the eyes and brows over the median luma, at 48 px per IOD. */
  sharpness: number;
}

/** Pixels per inter-ocular distance the statistics are measured at, whatever the photo's size. */
const PX_PER_IOD = 48;

function eyeBand(layout: Layout, n: number): Uint8Array {
  const f = faceGeometry(layout.landmarks);
  const band = new Uint8Array(n * n);
  for (let i = 0; i < band.length; i++) {
    const [x, y] = [((i % n) + 0.5) / n, (Math.floor(i / n) + 0.5) / n];
    for (const eye of [f.rightEye, f.leftEye]) {
      // Eye, lashes and brow: 0.5 IOD either side, from the brow above to the lower lid below.
      const [dx, dy] = [(x - eye[0]) / (0.5 * f.iod), (y - (eye[1] - 0.15 * f.iod)) / (0.4 * f.iod)];
      if (dx * dx + dy * dy <= 1) band[i] = 1;
    }
  }
  return band;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] as number;
}

/**
 * Measures exposure and focus of the skin region of a crop, on a sample of the crop scaled to
 * 48 px per IOD (so a large photo and a small one are judged alike).
 */
export function skinStats(image: RgbaImage, crop: DiagnosisResult['crop'], layout: Layout): SkinStats {
  const iod = faceGeometry(layout.landmarks).iod;
  const n = Math.min(384, Math.max(64, Math.round(PX_PER_IOD / Math.max(iod, 1e-3))));
  const rgb = sampleAligned(image, crop, n);
  const plane = n * n;
  const luma = new Float32Array(plane);
  for (let i = 0; i < plane; i++) luma[i] = 0.299 * (rgb[i] as number) + 0.587 * (rgb[i + plane] as number) + 0.114 * (rgb[i + 2 * plane] as number);
  const skin = zoneMap(layout, n);
  const values: number[] = [];
  let clipped = 0;
  for (let i = 0; i < plane; i++) {
    // Exact black is padding past the photo's edge (or black bars), not skin.
    if (skin[i] === 0 || luma[i] === 0) continue;
    values.push(luma[i] as number);
    if (Math.max(rgb[i] as number, rgb[i + plane] as number, rgb[i + 2 * plane] as number) >= 250 / 255) clipped++;
  }
  const medianLuma = median(values);
  const band = eyeBand(layout, n);
  let sum = 0;
  let count = 0;
  for (let y = 1; y < n - 1; y++) {
    for (let x = 1; x < n - 1; x++) {
      const i = y * n + x;
      if (band[i] === 0) continue;
      const lap = 4 * (luma[i] as number) - (luma[i - 1] as number) - (luma[i + 1] as number) - (luma[i - n] as number) - (luma[i + n] as number);
      sum += Math.abs(lap);
      count++;
    }
  }
  return { medianLuma, clipped: values.length ? clipped / values.length : 0, sharpness: count && medianLuma > 0 ? sum / count / medianLuma : 0 };
}
