import { STRIDES } from './yolov8-scale';

/** Anchor centres and strides of every output column, in the order the head flattens them. */
export interface AnchorGrid {
  /** Number of anchors: (S/8)^2 + (S/16)^2 + (S/32)^2. */
  count: number;
  /** Row-major [2, count]: x centres then y centres, in grid cells (not pixels). */
  points: Float32Array;
  /** [count]: the stride of each anchor's level, in input pixels. */
  strides: Float32Array;
}

/**
 * The static anchors of ultralytics' make_anchors(feats, strides, 0.5) for a square input of
 * `imgsz` pixels: cell centres (x + 0.5, y + 0.5) per level, level by level, row-major.
 * @example anchorGrid(320).count // 2100
 */
export function anchorGrid(imgsz: number): AnchorGrid {
  const count = cellCount(imgsz, STRIDES);
  const points = new Float32Array(2 * count);
  const strides = new Float32Array(count);
  forEachCell(imgsz, STRIDES, (i, x, y, stride) => {
    points[i] = x + 0.5;
    points[count + i] = y + 0.5;
    strides[i] = stride;
  });
  return { count, points, strides };
}

/** Cells of a multi-stride grid over a square input of `imgsz`: Σ (imgsz / stride)². */
export function cellCount(imgsz: number, strides: readonly number[]): number {
  return strides.reduce((sum, s) => sum + (imgsz / s) ** 2, 0);
}

/**
 * Visits every cell of a multi-stride detection grid in the order heads flatten their outputs:
 * stride by stride, row-major; `i` is the cell's column in `output0`.
 */
export function forEachCell(imgsz: number, strides: readonly number[], visit: (i: number, x: number, y: number, stride: number) => void): void {
  let i = 0;
  for (const stride of strides) {
    const side = imgsz / stride;
    for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) visit(i++, x, y, stride);
  }
}
