import type { GraphBuilder } from '../onnx-graph';

/** Shape of the oriented filters: cross-line and along-line Gaussian sigmas, kernel side. */
export interface LineFilterShape {
  across: number;
  along: number;
  size: number;
  orientations: number;
}

function kernel(shape: LineFilterShape, theta: number, order: 1 | 2): number[] {
  const half = (shape.size - 1) / 2;
  const values: number[] = [];
  const [s2u, s2v] = [shape.across ** 2, shape.along ** 2];
  for (let y = -half; y <= half; y++) {
    for (let x = -half; x <= half; x++) {
      const u = x * Math.cos(theta) + y * Math.sin(theta);
      const v = -x * Math.sin(theta) + y * Math.cos(theta);
      const gauss = Math.exp(-(u * u) / (2 * s2u) - (v * v) / (2 * s2v));
      values.push(order === 2 ? (u * u / s2u - 1) * gauss : (u / shape.across) * gauss);
    }
  }
  // Zero mean, unit L1 norm: flat skin gives 0 and every orientation has the same gain.
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const centred = values.map((v) => v - mean);
  const norm = centred.reduce((a, b) => a + Math.abs(b), 0);
  return centred.map((v) => v / norm);
}

/**
 * Dark-ridge strength of a one-channel map [1,1,H,W] (same size out): at each of
 * `orientations` angles, the cross-line second derivative of an elongated Gaussian (positive in
 * a dark valley) minus `edgePenalty` x |first derivative| (so one-sided steps such as an eyelid
 * or a jaw shadow score low), rectified, then the maximum over orientations.
 */
export function ridgeStrength(g: GraphBuilder, x: string, shape: LineFilterShape, edgePenalty: number): string {
  const n = shape.orientations;
  const thetas = Array.from({ length: n }, (_, i) => (Math.PI * i) / n);
  const weights = [...thetas.flatMap((t) => kernel(shape, t, 2)), ...thetas.flatMap((t) => kernel(shape, t, 1))];
  const w = g.weight('ridge_w', weights, [2 * n, 1, shape.size, shape.size]);
  const half = (shape.size - 1) / 2;
  const responses = g.op('Conv', [x, w], { kernel_shape: { ints: [shape.size, shape.size] }, pads: { ints: [half, half, half, half] } });
  const axis = g.int64('axis_c', [1]);
  const second = g.op('Slice', [responses, g.int64('d2_start', [0]), g.int64('d2_end', [n]), axis]);
  const first = g.op('Slice', [responses, g.int64('d1_start', [n]), g.int64('d1_end', [2 * n]), axis]);
  const penalty = g.op('Mul', [g.op('Abs', [first]), g.scalar('edge_penalty', edgePenalty)]);
  const ridge = g.op('Relu', [g.op('Sub', [second, penalty])]);
  return g.op('ReduceMax', [ridge], { axes: { ints: [1] }, keepdims: { i: 1 } });
}
