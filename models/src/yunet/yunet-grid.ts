import { cellCount, forEachCell } from '../yolov8/anchors';

/** YuNet's detection strides, in the order its outputs (and ours) list the cells. */
export const YUNET_STRIDES = [8, 16, 32] as const;

/** The constant tensors the in-graph decode adds and multiplies. */
export interface YunetGrid {
  /** Cells over all strides: (S/8)² + (S/16)² + (S/32)². */
  count: number;
  /** [count, 2]: column and row of each cell in its stride's grid (not +0.5: YuNet's offsets are from the corner). */
  cells: Float32Array;
  /** [count]: the stride of each cell, in input pixels. */
  strides: Float32Array;
}

/**
 * The cell grid of a YuNet of input side `imgsz`: stride by stride, row-major, as its outputs
 * are flattened.
 * @example yunetGrid(640).count // 8400
 */
export function yunetGrid(imgsz: number): YunetGrid {
  const count = cellCount(imgsz, YUNET_STRIDES);
  const cells = new Float32Array(2 * count);
  const strides = new Float32Array(count);
  forEachCell(imgsz, YUNET_STRIDES, (i, c, r, stride) => {
    cells[2 * i] = c;
    cells[2 * i + 1] = r;
    strides[i] = stride;
  });
  return { count, cells, strides };
}
