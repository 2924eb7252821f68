/** A box to place in a hand-built YOLO output: centre/size in input pixels and class scores. */
export interface BoxSpec {
  cx: number;
  cy: number;
  w: number;
  h: number;
  scores: number[];
  /** The rows after the class scores: mask coefficients, or a pose model's keypoint values. */
  coeffs?: number[];
}

/**
 * Builds `output0` [1, 4 + nc + nm, n] the way ultralytics lays it out (channel-major; for pose
 * pass K·D as `nm`), with the given boxes in the first columns and zero-score filler after them.
 */
export function buildOutput0(boxes: readonly BoxSpec[], nc: number, nm: number, n: number): { data: Float32Array; dims: number[] } {
  const channels = 4 + nc + nm;
  const data = new Float32Array(channels * n);
  boxes.forEach((b, i) => {
    const values = [b.cx, b.cy, b.w, b.h, ...b.scores, ...(b.coeffs ?? new Array<number>(nm).fill(0))];
    values.forEach((v, c) => {
      data[c * n + i] = v;
    });
  });
  return { data, dims: [1, channels, n] };
}
