import type { GraphBuilder } from '../onnx-graph';
import { boxBlur } from './blocks';

/**
 * Local standard deviation of a one-channel map over a `size` x `size` window (same size out):
 * sqrt(E[x^2] - E[x]^2), each expectation a box mean. High on rough, scaly or mottled skin.
 */
export function localStd(g: GraphBuilder, x: string, size: number): string {
  const mean = boxBlur(g, x, size);
  const meanOfSquares = boxBlur(g, g.op('Mul', [x, x]), size);
  const variance = g.op('Relu', [g.op('Sub', [meanOfSquares, g.op('Mul', [mean, mean])])]);
  return g.op('Sqrt', [g.op('Add', [variance, g.scalar('var_eps', 1e-8)])]);
}
