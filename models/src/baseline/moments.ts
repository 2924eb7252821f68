import type { GraphBuilder } from '../onnx-graph';
import { IMGSZ } from './blocks';

/** Centre and standard deviation of a mass map, each [1,1,1,1], in input pixels. */
export interface MassMoments {
  cx: string;
  cy: string;
  sx: string;
  sy: string;
  /** Mean of the mass over the map, 0..1. */
  coverage: string;
}

function weightedMean(g: GraphBuilder, values: string, mass: string, total: string): string {
  const axes = g.int64('axes_hw', [2, 3]);
  return g.op('Div', [g.op('ReduceSum', [g.op('Mul', [values, mass]), axes], { keepdims: { i: 1 } }), total]);
}

/**
 * First and second moments of a non-negative mass map [1,1,S,S] over a square grid covering the
 * input: the centre of mass and the spread (standard deviation) in x and y, in input pixels.
 */
export function massMoments(g: GraphBuilder, mass: string, side: number): MassMoments {
  const step = IMGSZ / side;
  const centres = Array.from({ length: side }, (_, i) => (i + 0.5) * step);
  const x = g.weight('mx', centres, [1, 1, 1, side]);
  const y = g.weight('my', centres, [1, 1, side, 1]);
  const axes = g.int64('axes_hw', [2, 3]);
  const sum = g.op('ReduceSum', [mass, axes], { keepdims: { i: 1 } });
  const total = g.op('Add', [sum, g.scalar('mass_eps', 1e-3)]);
  const cx = weightedMean(g, x, mass, total);
  const cy = weightedMean(g, y, mass, total);
  const spread = (coord: string, mean: string): string => {
    const d = g.op('Sub', [coord, mean]);
    const variance = weightedMean(g, g.op('Mul', [d, d]), mass, total);
    return g.op('Sqrt', [g.op('Add', [variance, g.scalar('var_eps', 1e-3)])]);
  };
  const coverage = g.op('Div', [sum, g.scalar('cells', side * side)]);
  return { cx, cy, sx: spread(x, cx), sy: spread(y, cy), coverage };
}
