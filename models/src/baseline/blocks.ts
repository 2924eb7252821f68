import type { GraphBuilder } from '../onnx-graph';

/** Side of the square every baseline model takes, in pixels (the ultralytics default imgsz). */
export const IMGSZ = 640;
/** Side of the prototype-mask grid: imgsz / 4, as in a YOLO-seg head. */
export const PROTO = 160;

/**
 * Average-pools `x` by `factor` in both directions (no overlap), e.g. 640 -> 160 for factor 4.
 * @returns the pooled tensor's name
 */
export function downsample(g: GraphBuilder, x: string, factor: number): string {
  return g.op('AveragePool', [x], { kernel_shape: { ints: [factor, factor] }, strides: { ints: [factor, factor] } });
}

/**
 * Separable box mean over a `size` x `size` window (odd), stride 1, same size out. Borders
 * average only the pixels inside the image (count_include_pad = 0), so edges are not darkened.
 */
export function boxBlur(g: GraphBuilder, x: string, size: number): string {
  const half = (size - 1) / 2;
  const rows = g.op('AveragePool', [x], {
    kernel_shape: { ints: [size, 1] },
    pads: { ints: [half, 0, half, 0] },
    count_include_pad: { i: 0 },
  });
  return g.op('AveragePool', [rows], {
    kernel_shape: { ints: [1, size] },
    pads: { ints: [0, half, 0, half] },
    count_include_pad: { i: 0 },
  });
}

/** Two passes of {@link boxBlur}: a triangle kernel, close enough to a Gaussian for these maps. */
export function smooth(g: GraphBuilder, x: string, size: number): string {
  return boxBlur(g, boxBlur(g, x, size), size);
}

/**
 * Largest value in the `size` x `size` (odd) neighbourhood of every pixel (same size out), as a
 * max along rows then along columns: the same values for 2·size instead of size² comparisons.
 */
export function localMax(g: GraphBuilder, x: string, size: number): string {
  const half = (size - 1) / 2;
  const rows = g.op('MaxPool', [x], { kernel_shape: { ints: [size, 1] }, pads: { ints: [half, 0, half, 0] } });
  return g.op('MaxPool', [rows], { kernel_shape: { ints: [1, size] }, pads: { ints: [0, half, 0, half] } });
}

/** 1x1 convolution mixing the channels of `x` with `weights` (one row per output channel). */
export function mixChannels(g: GraphBuilder, x: string, weights: readonly (readonly number[])[], hint: string): string {
  const inC = weights[0]?.length ?? 0;
  const w = g.weight(hint, weights.flat(), [weights.length, inC, 1, 1]);
  return g.op('Conv', [x, w], { kernel_shape: { ints: [1, 1] } });
}

/** `scale * (x - threshold)` through a Sigmoid: a soft step that is 0.5 at `threshold`. */
export function softStep(g: GraphBuilder, x: string, threshold: number, scale: number): string {
  const shifted = g.op('Sub', [x, g.scalar('thr', threshold)]);
  return g.op('Sigmoid', [g.op('Mul', [shifted, g.scalar('gain', scale)])]);
}

/** Affine map `scale * (x - threshold)`, used for mask logits that are > 0 above `threshold`. */
export function logit(g: GraphBuilder, x: string, threshold: number, scale: number): string {
  return g.op('Mul', [g.op('Sub', [x, g.scalar('thr', threshold)]), g.scalar('gain', scale)]);
}

/** Element-wise product of several same-shaped (or broadcastable) tensors. */
export function product(g: GraphBuilder, ...xs: string[]): string {
  const [first, ...rest] = xs;
  if (first === undefined) throw new Error('product needs at least one tensor');
  return rest.reduce((acc, x) => g.op('Mul', [acc, x]), first);
}

/**
 * Adds a tiny ramp (1e-6 per column, 3.7e-7 per row) to a square map so that equal neighbours
 * (a spot centred between two pixels) no longer tie, and a 3x3 peak test keeps only one of them.
 */
export function tieBreak(g: GraphBuilder, x: string, side: number): string {
  const cols = g.weight('ramp_x', Array.from({ length: side }, (_, i) => i * 1e-6), [1, 1, 1, side]);
  const rows = g.weight('ramp_y', Array.from({ length: side }, (_, i) => i * 3.7e-7), [1, 1, side, 1]);
  return g.op('Add', [x, g.op('Add', [cols, rows])]);
}
