import type { GraphBuilder } from '../onnx-graph';
import { product, softStep } from './blocks';
import { chroma, luminance } from './colour';
import { skinLikelihood, skinMean } from './skin';

/**
 * Where the person's own skin is sampled: the pipeline hands the models a square crop centred
 * on the face box and roll-aligned on the eyes, so cheeks and nose lie in this ellipse (crop
 * fractions) on any face, whatever its size in the photo.
 */
const CHEEKS = { cx: 0.5, cy: 0.56, rx: 0.22, ry: 0.15 };
/** Smallest chroma spread assumed for a skin, so a very even complexion does not make every pore "off-skin". */
const MIN_CHROMA_STD = 0.008;

/** The person's own skin, measured in-graph on the crop: where it is and what it is like. */
export interface OwnSkin {
  /** Weights of the reference pixels (cheeks that look like the rest of the cheeks), [1,1,S,S]. */
  reference: string;
  /** 0..1: the neighbourhood of each pixel looks like this person's skin (not hair, lips, background). */
  context: string;
  /** Weighted mean of a map over the reference pixels, [1,1,1,1]. */
  mean: (x: string) => string;
  /** Weighted standard deviation of a map over the reference pixels, [1,1,1,1]. */
  std: (x: string) => string;
  /**
   * Mode-seeking mean and spread of a map over the reference pixels: two mean-shift steps with a
   * Gaussian window of 1.5 standard deviations, so lesions covering part of the cheeks (a quarter,
   * say) barely move what "this person's usual skin" is.
   */
  robust: (x: string) => { mean: string; std: string };
}

/** The cheek ellipse as a soft 0..1 map [1,1,S,S], built in-graph from two coordinate ramps (a few hundred bytes, not S² floats). */
function priorMap(g: GraphBuilder, side: number): string {
  const ramp = (centre: number, radius: number): number[] => Array.from({ length: side }, (_, i) => ((i + 0.5) / side - centre) / radius);
  const x = g.weight('cheek_x', ramp(CHEEKS.cx, CHEEKS.rx), [1, 1, 1, side]);
  const y = g.weight('cheek_y', ramp(CHEEKS.cy, CHEEKS.ry), [1, 1, side, 1]);
  const d2 = g.op('Add', [g.op('Mul', [x, x]), g.op('Mul', [y, y])]);
  return softStep(g, d2, 1, -40);
}

function channel(g: GraphBuilder, x: string, index: number): string {
  return g.op('Slice', [x, g.int64('ch_start', [index]), g.int64('ch_end', [index + 1]), g.int64('ch_axis', [1])]);
}

/** exp(-Σ (x - mean)² / (2 k² var)) over the given chroma channels: a soft "same colour as the reference". */
function chromaLikeness(g: GraphBuilder, cbcr: string, mean: (x: string) => string, std: (x: string) => string, k: number, channels = [0, 1]): string {
  const terms = channels.map((i) => {
    const c = channel(g, cbcr, i);
    const sd = g.op('Max', [std(c), g.scalar('min_chroma_std', MIN_CHROMA_STD)]);
    const z = g.op('Div', [g.op('Sub', [c, mean(c)]), sd]);
    return g.op('Mul', [z, z]);
  });
  const d2 = terms.reduce((a, b) => g.op('Add', [a, b]));
  return g.op('Exp', [g.op('Mul', [d2, g.scalar('neg_half_k2', -0.5 / (k * k))])]);
}

function statsOver(g: GraphBuilder, weight: string): Pick<OwnSkin, 'mean' | 'std'> {
  const mean = (x: string): string => skinMean(g, x, weight);
  const std = (x: string): string => {
    const m = mean(x);
    const d = g.op('Sub', [x, m]);
    return g.op('Sqrt', [g.op('Add', [mean(g.op('Mul', [d, d])), g.scalar('var_eps', 1e-8)])]);
  };
  return { mean, std };
}

/**
 * Measures the person's skin on the crop `rgb` [1,3,S,S]: cheek pixels of skin colour, then,
 * once more, only those whose chroma is within 2 standard deviations of that first mean (so
 * a beard, a nostril or a lesion in the sample does not move the reference). `context` is 1
 * where the 9-pixel neighbourhood has this person's skin brightness and blue-yellow chroma (Cb,
 * within 3 sd): hair, brows, background and clothes differ there, while inflamed skin differs
 * in red-green (Cr) and so stays in context.
 */
export function ownSkin(g: GraphBuilder, rgb: string, side: number): OwnSkin {
  const sample = g.op('Mul', [priorMap(g, side), skinLikelihood(g, rgb)]);
  const first = statsOver(g, sample);
  const cbcr = chroma(g, rgb);
  const reference = g.op('Mul', [sample, chromaLikeness(g, cbcr, first.mean, first.std, 2)]);
  const stats = statsOver(g, reference);
  const near = chroma(g, g.op('AveragePool', [rgb], { kernel_shape: { ints: [9, 9] }, pads: { ints: [4, 4, 4, 4] }, count_include_pad: { i: 0 } }));
  const luma = luminance(g, rgb);
  const brightness = g.op('Div', [luma, g.op('Add', [stats.mean(luma), g.scalar('luma_eps', 0.02)])]);
  const context = product(g, chromaLikeness(g, near, stats.mean, stats.std, 3, [0]), softStep(g, brightness, 0.55, 30), softStep(g, brightness, 1.8, -30));
  const robust = (x: string): { mean: string; std: string } => {
    let mean = stats.mean(x);
    let std = stats.std(x);
    for (let step = 0; step < 2; step++) {
      const z = g.op('Div', [g.op('Sub', [x, mean]), g.op('Add', [g.op('Mul', [std, g.scalar('window', 1.5)]), g.scalar('std_eps', 1e-6)])]);
      const window = g.op('Mul', [reference, g.op('Exp', [g.op('Mul', [g.op('Mul', [z, z]), g.scalar('neg_half', -0.5)])])]);
      const shifted = statsOver(g, window);
      mean = shifted.mean(x);
      // A 1.5 sd Gaussian window keeps a normal sample's spread at 0.83 of its true value.
      std = g.op('Div', [shifted.std(x), g.scalar('window_shrink', 0.83)]);
    }
    return { mean, std };
  };
  return { reference, context, robust, ...stats };
}
