import type { GraphBuilder } from '../onnx-graph';
import { mixChannels } from './blocks';

/** Rec. 601 luma of an RGB tensor [1,3,H,W] in 0..1, as [1,1,H,W]. */
export function luminance(g: GraphBuilder, rgb: string): string {
  return mixChannels(g, rgb, [[0.299, 0.587, 0.114]], 'luma_w');
}

/**
 * Chromatic redness index (R - (G + B) / 2) / (R + G + B + 0.1) of an RGB tensor, as [1,1,H,W].
 * Dividing by brightness makes it an erythema index that shadows and shading barely move, so a
 * dark crease is not "red"; the 0.1 keeps near-black pixels from amplifying noise.
 */
export function redness(g: GraphBuilder, rgb: string): string {
  const [num, sum] = [
    mixChannels(g, rgb, [[1, -0.5, -0.5]], 'red_num_w'),
    mixChannels(g, rgb, [[1, 1, 1]], 'red_sum_w'),
  ];
  return g.op('Div', [num as string, g.op('Add', [sum as string, g.scalar('red_eps', 0.1)])]);
}

/**
 * Chroma of an RGB tensor as [1,2,H,W]: channel 0 is Cb, channel 1 is Cr (ITU-R BT.601, offsets
 * dropped, scaled to 0..1 input so skin sits near Cb -0.1..0, Cr 0.02..0.18).
 */
export function chroma(g: GraphBuilder, rgb: string): string {
  return mixChannels(
    g,
    rgb,
    [
      [-0.168736, -0.331264, 0.5],
      [0.5, -0.418688, -0.081312],
    ],
    'chroma_w',
  );
}

/**
 * Relative luminance contrast L / mean(L) - 1 over the local mean given by `localMean`: near 0
 * on even skin whatever the exposure, negative in dark lines and spots.
 */
export function contrast(g: GraphBuilder, luma: string, localMean: string): string {
  const ratio = g.op('Div', [luma, g.op('Add', [localMean, g.scalar('contrast_eps', 0.02)])]);
  return g.op('Sub', [ratio, g.scalar('one', 1)]);
}
