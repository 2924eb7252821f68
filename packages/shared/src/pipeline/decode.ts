/** A candidate box from a YOLO head, in model-input pixels. */
export interface Candidate {
  /** Column of `output0` it came from; mask coefficients are read from the same column. */
  anchor: number;
  classIndex: number;
  score: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Pose only: x, y (and visibility when D = 3) per keypoint, flattened, in model-input pixels. */
  keypoints?: number[];
}

function readColumn(data: Float32Array, n: number, i: number, from: number, count: number): number[] {
  return Array.from({ length: count }, (_, j) => data[(from + j) * n + i] ?? 0);
}

/**
 * Reads YOLO `output0` of shape [1, 4 + nc + nm + nk, N] (cx, cy, w, h, nc class scores, then nm
 * mask coefficients or nk = K·D keypoint values; no objectness, as exported by ultralytics
 * YOLOv8/YOLO11) and keeps each anchor's best class when its score exceeds `conf` (ultralytics
 * predict: single label per box). Pose candidates carry their column's keypoints.
 * @example decodeCandidates(output0.data, [1, 20, 8400], 1, 0, 0.7, 15) // face boxes with 5 x (x, y, vis)
 */
export function decodeCandidates(
  data: Float32Array,
  dims: readonly number[],
  nc: number,
  nm: number,
  conf: number,
  nk = 0,
): Candidate[] {
  const [batch, channels, n] = dims;
  if (dims.length !== 3 || batch !== 1 || channels !== 4 + nc + nm + nk || n === undefined) {
    throw new Error(`output0 has shape [${dims.join(', ')}], expected [1, ${4 + nc + nm + nk}, N]`);
  }
  if (data.length !== channels * n) throw new Error(`output0 holds ${data.length} values for [${dims.join(', ')}]`);
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let classIndex = 0;
    for (let c = 0; c < nc; c++) {
      const s = data[(4 + c) * n + i] ?? 0;
      if (s > best) {
        best = s;
        classIndex = c;
      }
    }
    if (!(best > conf)) continue;
    const cx = data[i] ?? 0;
    const cy = data[n + i] ?? 0;
    const hw = (data[2 * n + i] ?? 0) / 2;
    const hh = (data[3 * n + i] ?? 0) / 2;
    if (!Number.isFinite(cx + cy + hw + hh)) continue;
    const candidate: Candidate = { anchor: i, classIndex, score: best, x1: cx - hw, y1: cy - hh, x2: cx + hw, y2: cy + hh };
    if (nk > 0) candidate.keypoints = readColumn(data, n, i, 4 + nc + nm, nk);
    out.push(candidate);
  }
  return out;
}
