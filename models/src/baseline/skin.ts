import type { GraphBuilder } from '../onnx-graph';
import { product, softStep } from './blocks';
import { chroma, luminance } from './colour';

/** Soft chroma box of skin, BT.601 Cb/Cr on 0..1 RGB (Chai & Ngan's 77..127 / 133..173 of 255). */
export const SKIN_CHROMA = { cbLow: -0.2, cbHigh: -0.004, crLow: 0.02, crHigh: 0.18, minLuma: 0.15 };

function channel(g: GraphBuilder, x: string, index: number): string {
  return g.op('Slice', [x, g.int64('ch_start', [index]), g.int64('ch_end', [index + 1]), g.int64('ch_axis', [1])]);
}

export type SkinRange = typeof SKIN_CHROMA;

/**
 * Skin likelihood in 0..1 of every pixel of an RGB tensor [1,3,H,W], as [1,1,H,W]: a product of
 * Sigmoid soft ranges on Cb, Cr and a floor on luma. `gain` sets how soft the range edges are.
 */
export function skinLikelihood(g: GraphBuilder, rgb: string, gain = 60, s: SkinRange = SKIN_CHROMA): string {
  const cbcr = chroma(g, rgb);
  const [cb, cr] = [channel(g, cbcr, 0), channel(g, cbcr, 1)];
  return product(
    g,
    softStep(g, cb, s.cbLow, gain),
    softStep(g, cb, s.cbHigh, -gain),
    softStep(g, cr, s.crLow, gain),
    softStep(g, cr, s.crHigh, -gain),
    softStep(g, luminance(g, rgb), s.minLuma, gain),
  );
}

/** Mean of `x` over the skin pixels of the whole image (weights `skin`), as [1,1,1,1]. */
export function skinMean(g: GraphBuilder, x: string, skin: string): string {
  const axes = g.int64('axes_hw', [2, 3]);
  const num = g.op('ReduceSum', [g.op('Mul', [x, skin]), axes], { keepdims: { i: 1 } });
  const den = g.op('ReduceSum', [skin, axes], { keepdims: { i: 1 } });
  return g.op('Div', [num, g.op('Add', [den, g.scalar('den_eps', 1)])]);
}
