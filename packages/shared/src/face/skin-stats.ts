import type { DiagnosisResult, Layout } from '../result/result-schema';
import type { BufferPool } from '../pipeline/buffer-pool';
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
  for (const eye of [f.rightEye, f.leftEye]) {
    // Eye, lashes and brow: 0.5 IOD either side, from the brow above to the lower lid below.
    const [rx, ry, cy] = [0.5 * f.iod, 0.4 * f.iod, eye[1] - 0.15 * f.iod];
    // Only the cells of the ellipse's bounding box can lie in it.
    const [c0, c1] = [Math.max(0, Math.floor((eye[0] - rx) * n)), Math.min(n - 1, Math.ceil((eye[0] + rx) * n))];
    const [r0, r1] = [Math.max(0, Math.floor((cy - ry) * n)), Math.min(n - 1, Math.ceil((cy + ry) * n))];
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const [dx, dy] = [((col + 0.5) / n - eye[0]) / rx, ((row + 0.5) / n - cy) / ry];
        if (dx * dx + dy * dy <= 1) band[row * n + col] = 1;
      }
    }
  }
  return band;
}

/** Median of float32 values (sorted in place). */
function median(values: Float32Array): number {
  if (values.length === 0) return 0;
  values.sort();
  return values[Math.floor(values.length / 2)] as number;
}

/**
 * Measures exposure and focus of the skin region of a crop, on a sample of the crop scaled to
 * 48 px per IOD (so a large photo and a small one are judged alike).
 * @param buffers where the sample (up to 3 · 384² floats) comes from, else a new one
 */
export function skinStats(image: RgbaImage, crop: DiagnosisResult['crop'], layout: Layout, buffers?: BufferPool): SkinStats {
  const iod = faceGeometry(layout.landmarks).iod;
  const n = Math.min(384, Math.max(64, Math.round(PX_PER_IOD / Math.max(iod, 1e-3))));
  const rgb = sampleAligned(image, crop, n, buffers?.take(3 * n * n), buffers);
  try {
    return measure(rgb, n, layout);
  } finally {
    buffers?.give(rgb);
  }
}

function measure(rgb: Float32Array, n: number, layout: Layout): SkinStats {
  const plane = n * n;
  const luma = new Float32Array(plane);
  for (let i = 0; i < plane; i++) luma[i] = 0.299 * (rgb[i] as number) + 0.587 * (rgb[i + plane] as number) + 0.114 * (rgb[i + 2 * plane] as number);
  const skin = zoneMap(layout, n);
  const values = new Float32Array(plane);
  let count = 0;
  let clipped = 0;
  for (let i = 0; i < plane; i++) {
    // Exact black is padding past the photo's edge (or black bars), not skin.
    if (skin[i] === 0 || luma[i] === 0) continue;
    values[count++] = luma[i] as number;
    if (Math.max(rgb[i] as number, rgb[i + plane] as number, rgb[i + 2 * plane] as number) >= 250 / 255) clipped++;
  }
  const medianLuma = median(values.subarray(0, count));
  const band = eyeBand(layout, n);
  let sum = 0;
  let inBand = 0;
  for (let y = 1; y < n - 1; y++) {
    for (let x = 1; x < n - 1; x++) {
      const i = y * n + x;
      if (band[i] === 0) continue;
      const lap = 4 * (luma[i] as number) - (luma[i - 1] as number) - (luma[i + 1] as number) - (luma[i - n] as number) - (luma[i + n] as number);
      sum += Math.abs(lap);
      inBand++;
    }
  }
  return { medianLuma, clipped: count ? clipped / count : 0, sharpness: inBand && medianLuma > 0 ? sum / inBand / medianLuma : 0 };
}
