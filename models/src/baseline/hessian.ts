import type { GraphBuilder } from '../onnx-graph';

/**
 * The 1-D factors of the scale-normalised second-derivative-of-Gaussian kernels at scale `sigma`:
 * σ²·∂²G/∂x² = d2(x)·g(y), σ²·∂²G/∂x∂y = d1(x)·d1(y), so each 2-D kernel is two 1-D passes
 * (k + k instead of k² multiply-adds per pixel: a σ 7 kernel is 43 px wide).
 */
function factors(sigma: number): { half: number; g: number[]; d1: number[]; d2: number[] } {
  const half = Math.ceil(3 * sigma);
  const g: number[] = [];
  const d1: number[] = [];
  const d2: number[] = [];
  for (let x = -half; x <= half; x++) {
    const gauss = Math.exp(-(x * x) / (2 * sigma * sigma)) / (Math.sqrt(2 * Math.PI) * sigma);
    g.push(gauss);
    d1.push((x / sigma) * gauss);
    d2.push(((x * x) / (sigma * sigma) - 1) * gauss);
  }
  return { half, g, d1, d2 };
}

/** Both eigenvalues of minus the scale-normalised Hessian, rectified (0 where the map curves up). */
function eigenvalues(g: GraphBuilder, x: string, sigma: number): { min: string; max: string } {
  const { half, g: gauss, d1, d2 } = factors(sigma);
  const size = 2 * half + 1;
  // Along x: three kernels at once (d2, g, d1) → [1,3,H,W]; then along y, grouped per channel: g, d2, d1.
  const alongX = g.op('Conv', [x, g.weight('hessian_x', [...d2, ...gauss, ...d1], [3, 1, 1, size])], { kernel_shape: { ints: [1, size] }, pads: { ints: [0, half, 0, half] } });
  const h = g.op('Conv', [alongX, g.weight('hessian_y', [...gauss, ...d2, ...d1], [3, 1, size, 1])], { kernel_shape: { ints: [size, 1] }, pads: { ints: [half, 0, half, 0] }, group: { i: 3 } });
  const axis = g.int64('axis_c', [1]);
  const part = (i: number): string => g.op('Neg', [g.op('Slice', [h, g.int64('h_start', [i]), g.int64('h_end', [i + 1]), axis])]);
  const [a, c, b] = [part(0), part(1), part(2)];
  const halfSum = g.op('Mul', [g.op('Add', [a, c]), g.scalar('half', 0.5)]);
  const halfDiff = g.op('Mul', [g.op('Sub', [a, c]), g.scalar('half', 0.5)]);
  const radius = g.op('Sqrt', [g.op('Add', [g.op('Add', [g.op('Mul', [halfDiff, halfDiff]), g.op('Mul', [b, b])]), g.scalar('eps', 1e-12)])]);
  return { min: g.op('Relu', [g.op('Sub', [halfSum, radius])]), max: g.op('Relu', [g.op('Add', [halfSum, radius])]) };
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

/** The largest {@link blobStrength} over several scales, so spots of different sizes all respond. */
export function multiScaleBlobs(g: GraphBuilder, x: string, sigmas: readonly number[]): string {
  const [first, ...rest] = sigmas.map((s) => blobStrength(g, x, s));
  if (first === undefined) throw new Error('multiScaleBlobs needs at least one scale');
  return rest.reduce((acc, r) => g.op('Max', [acc, r]), first);
}
