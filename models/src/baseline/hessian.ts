import type { GraphBuilder } from '../onnx-graph';

/** Second-derivative-of-Gaussian kernels (xx, yy, xy) of scale `sigma`, each multiplied by σ² (scale-normalised). */
function kernels(sigma: number): { size: number; weights: number[] } {
  const half = Math.ceil(3 * sigma);
  const size = 2 * half + 1;
  const xx: number[] = [];
  const yy: number[] = [];
  const xy: number[] = [];
  const s2 = sigma * sigma;
  for (let y = -half; y <= half; y++) {
    for (let x = -half; x <= half; x++) {
      const gauss = Math.exp(-(x * x + y * y) / (2 * s2)) / (2 * Math.PI * s2);
      xx.push((x * x / s2 - 1) * gauss);
      yy.push((y * y / s2 - 1) * gauss);
      xy.push((x * y / s2) * gauss);
    }
  }
  return { size, weights: [...xx, ...yy, ...xy] };
}

/**
 * Blob strength of a one-channel map [1,1,H,W] at scale `sigma` (pixels): the smaller eigenvalue
 * of minus the scale-normalised Hessian. Positive only where the map has a round bump (both
 * curvatures downward, as on a red papule); a ridge (a fold, an edge) has one near 0 and scores
 * near 0 — which is what tells a spot from a line.
 */
export function blobStrength(g: GraphBuilder, x: string, sigma: number): string {
  return eigenvalues(g, x, sigma).min;
}

/**
 * How round a bump of the map is at scale `sigma`: the smaller over the larger eigenvalue of minus
 * the Hessian, 0..1 — near 1 on a disc-like patch, near 0 along a fold or a line.
 */
export function roundness(g: GraphBuilder, x: string, sigma: number): string {
  const { min, max } = eigenvalues(g, x, sigma);
  return g.op('Div', [min, g.op('Add', [max, g.scalar('eps', 1e-6)])]);
}

/** Both eigenvalues of minus the scale-normalised Hessian, rectified (0 where the map curves up). */
function eigenvalues(g: GraphBuilder, x: string, sigma: number): { min: string; max: string } {
  const { size, weights } = kernels(sigma);
  const half = (size - 1) / 2;
  const w = g.weight('hessian_w', weights, [3, 1, size, size]);
  const h = g.op('Conv', [x, w], { kernel_shape: { ints: [size, size] }, pads: { ints: [half, half, half, half] } });
  const axis = g.int64('axis_c', [1]);
  const part = (i: number): string => g.op('Neg', [g.op('Slice', [h, g.int64('h_start', [i]), g.int64('h_end', [i + 1]), axis])]);
  const [a, c, b] = [part(0), part(1), part(2)];
  const halfSum = g.op('Mul', [g.op('Add', [a, c]), g.scalar('half', 0.5)]);
  const halfDiff = g.op('Mul', [g.op('Sub', [a, c]), g.scalar('half', 0.5)]);
  const radius = g.op('Sqrt', [g.op('Add', [g.op('Add', [g.op('Mul', [halfDiff, halfDiff]), g.op('Mul', [b, b])]), g.scalar('eps', 1e-12)])]);
  return { min: g.op('Relu', [g.op('Sub', [halfSum, radius])]), max: g.op('Relu', [g.op('Add', [halfSum, radius])]) };
}

/** The largest {@link blobStrength} over several scales, so spots of different sizes all respond. */
export function multiScaleBlobs(g: GraphBuilder, x: string, sigmas: readonly number[]): string {
  const [first, ...rest] = sigmas.map((s) => blobStrength(g, x, s));
  if (first === undefined) throw new Error('multiScaleBlobs needs at least one scale');
  return rest.reduce((acc, r) => g.op('Max', [acc, r]), first);
}
