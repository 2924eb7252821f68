import type { GraphBuilder } from '../onnx-graph';
import { IMGSZ } from './blocks';

/** Per-cell candidate rows, each [1,1,G,G] with G = map side / cell. */
export interface CandidateRows {
  cx: string;
  cy: string;
  w: string;
  h: string;
  score: string;
}

const EPS = 1e-6;

function coordinateMaps(g: GraphBuilder, side: number): { x: string; y: string } {
  const step = IMGSZ / side;
  const centres = Array.from({ length: side }, (_, i) => (i + 0.5) * step);
  const shape = g.int64('coord_shape', [1, 1, side, side]);
  const x = g.op('Expand', [g.weight('coord_x', centres, [1, 1, 1, side]), shape]);
  const y = g.op('Expand', [g.weight('coord_y', centres, [1, 1, side, 1]), shape]);
  return { x, y };
}

function cellMean(g: GraphBuilder, x: string, cell: number): string {
  return g.op('AveragePool', [x], { kernel_shape: { ints: [cell, cell] }, strides: { ints: [cell, cell] } });
}

/** Weighted mean of `values` over each cell, falling back to the plain mean where weight is 0. */
function weightedCellMean(g: GraphBuilder, values: string, weight: string, cell: number, den: string): string {
  const num = g.op('Add', [
    cellMean(g, g.op('Mul', [values, weight]), cell),
    g.op('Mul', [cellMean(g, values, cell), g.scalar('eps', EPS)]),
  ]);
  return g.op('Div', [num, den]);
}

/** Extent of a weighted coordinate: sqrt(12 var), the side of a uniform segment with that var. */
function extent(g: GraphBuilder, coord: string, mean: string, weight: string, cell: number, den: string): string {
  const second = weightedCellMean(g, g.op('Mul', [coord, coord]), weight, cell, den);
  const variance = g.op('Relu', [g.op('Sub', [second, g.op('Mul', [mean, mean])])]);
  return g.op('Sqrt', [g.op('Mul', [variance, g.scalar('twelve', 12)])]);
}

/**
 * Turns per-pixel maps on a square grid (e.g. the 160x160 proto grid) into one candidate per
 * `cell` x `cell` block: centre = `weight`-weighted centroid of the block (block centre when the
 * weight is 0), score = max of `score` in the block, box side = `side` (a per-pixel map of box
 * sides in input pixels, weighted like the centre) or, without it, the weighted spread of the
 * block's pixels plus `pad` pixels.
 */
export function cellCandidates(
  g: GraphBuilder,
  maps: { weight: string; score: string; side?: string },
  opts: { mapSide: number; cell: number; pad: number },
): CandidateRows {
  const { x, y } = coordinateMaps(g, opts.mapSide);
  const den = g.op('Add', [cellMean(g, maps.weight, opts.cell), g.scalar('eps', EPS)]);
  const cx = weightedCellMean(g, x, maps.weight, opts.cell, den);
  const cy = weightedCellMean(g, y, maps.weight, opts.cell, den);
  const score = g.op('MaxPool', [maps.score], {
    kernel_shape: { ints: [opts.cell, opts.cell] },
    strides: { ints: [opts.cell, opts.cell] },
  });
  const pad = g.scalar('box_pad', opts.pad);
  if (maps.side !== undefined) {
    const side = g.op('Add', [weightedCellMean(g, maps.side, maps.weight, opts.cell, den), pad]);
    return { cx, cy, w: side, h: side, score };
  }
  const w = g.op('Add', [extent(g, x, cx, maps.weight, opts.cell, den), pad]);
  const h = g.op('Add', [extent(g, y, cy, maps.weight, opts.cell, den), pad]);
  return { cx, cy, w, h, score };
}
