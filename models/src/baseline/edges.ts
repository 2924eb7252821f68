import type { GraphBuilder } from '../onnx-graph';

const SOBEL_X = [-1, 0, 1, -2, 0, 2, -1, 0, 1].map((v) => v / 8);
const SOBEL_Y = [-1, -2, -1, 0, 0, 0, 1, 2, 1].map((v) => v / 8);

/**
 * Sobel gradient magnitude of a one-channel map [1,1,H,W] (same size out, in map units per
 * pixel). The map is zero-padded, so pass a zero-mean map (e.g. relative contrast) to keep the
 * image border from reading as an edge.
 */
export function gradientMagnitude(g: GraphBuilder, x: string): string {
  const w = g.weight('sobel_w', [...SOBEL_X, ...SOBEL_Y], [2, 1, 3, 3]);
  const grad = g.op('Conv', [x, w], { kernel_shape: { ints: [3, 3] }, pads: { ints: [1, 1, 1, 1] } });
  const squared = g.op('Mul', [grad, grad]);
  const sum = g.op('ReduceSum', [squared, g.int64('axes_c', [1])], { keepdims: { i: 1 } });
  return g.op('Sqrt', [sum]);
}
