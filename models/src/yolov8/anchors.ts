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
  const sides = STRIDES.map((s) => imgsz / s);
  const count = sides.reduce((sum, side) => sum + side * side, 0);
  const points = new Float32Array(2 * count);
  const strides = new Float32Array(count);
  let i = 0;
  STRIDES.forEach((stride, level) => {
    const side = sides[level] ?? 0;
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        points[i] = x + 0.5;
        points[count + i] = y + 0.5;
        strides[i] = stride;
        i++;
      }
    }
  });
  return { count, points, strides };
}
