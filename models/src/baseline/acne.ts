import { GraphBuilder } from '../onnx-graph';
import { IMGSZ, PROTO, boxBlur, downsample, logit, localMax, tieBreak, product, smooth, softStep } from './blocks';
import { cellCandidates } from './candidates';
import { contrast, luminance, redness } from './colour';
import { gradientMagnitude } from './edges';
import { skinLikelihood, skinMean } from './skin';
import { segmentHead, yoloMetadata } from './yolo-head';

/** Tunable constants of the acne baseline (redness units: the chromatic index of `redness`). */
export const ACNE_PARAMS = {
  /** Spot contrast (centre-surround redness) at which a candidate scores 0.5. */
  detect: 0.03,
  detectGain: 150,
  /** Spot contrast above which a pixel belongs to the lesion mask. */
  mask: 0.018,
  /** Area-level redness excess (lips) at which the response is halved. */
  region: 0.04,
  /** Relative luminance gradient (eyelids, nostrils, hairline) at which the response is halved. */
  edge: 0.05,
  /** Brightness relative to the mean skin below which an area is hair or shadow. */
  minBrightness: 0.85,
  cell: 4,
};

export const ACNE_DESCRIPTION =
  'derma-edge acne baseline 1.0.0: NOT a clinical model. Classical image analysis, no training: ' +
  'finds small spots that are redder than the surrounding skin (centre-surround chromatic ' +
  'redness, local peaks), ignoring strong luminance edges and large evenly red areas such as lips.';

/** Builds the acne baseline as an ultralytics YOLO-seg ONNX model (one class, `acne`). */
export function buildAcneModel(params = ACNE_PARAMS): Uint8Array {
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, IMGSZ, IMGSZ]);
  const rgb = downsample(g, images, IMGSZ / PROTO);
  const red = redness(g, rgb);
  const wide = smooth(g, red, 11);
  const spot = g.op('Relu', [g.op('Sub', [smooth(g, red, 3), wide])]);
  const regionExcess = g.op('Sub', [wide, smooth(g, red, 31)]);
  const regionGate = softStep(g, regionExcess, params.region, -120);
  const luma = luminance(g, rgb);
  const edge = gradientMagnitude(g, contrast(g, boxBlur(g, luma, 5), smooth(g, luma, 21)));
  const edgeGate = softStep(g, edge, params.edge, -150);
  const skinGate = skinLikelihood(g, smooth(g, rgb, 7));
  // Hair, nostrils and eye corners are darker than the skin and falsely "red" in chroma.
  const brightness = g.op('Div', [smooth(g, luma, 7), skinMean(g, luma, skinGate)]);
  const litGate = softStep(g, brightness, params.minBrightness, 40);
  const response = product(g, spot, regionGate, edgeGate, skinGate, litGate);
  const score = softStep(g, response, params.detect, params.detectGain);
  const ranked = tieBreak(g, response, PROTO);
  const peak = softStep(g, g.op('Sub', [ranked, localMax(g, ranked, 5)]), -1.5e-7, 1e8);
  const weight = g.op('Mul', [peak, score]);
  const inMask = softStep(g, response, params.mask, 1e4);
  const area = g.op('AveragePool', [inMask], { kernel_shape: { ints: [9, 9] }, pads: { ints: [4, 4, 4, 4] }, count_include_pad: { i: 1 } });
  // side of a disc of that many proto pixels, in input pixels: 2 sqrt(81 a / pi) * 4
  const side = g.op('Mul', [g.op('Sqrt', [area]), g.scalar('disc_side', (8 * 9) / Math.sqrt(Math.PI))]);
  const rows = cellCandidates(g, { weight, score: weight, side }, { mapSide: PROTO, cell: params.cell, pad: 6 });
  segmentHead(g, rows, logit(g, response, params.mask, 1000), PROTO / params.cell);
  const metadata = yoloMetadata({ task: 'segment', name: 'acne', description: ACNE_DESCRIPTION, version: '1.0.0' });
  return g.build({ name: 'derma-edge-acne-baseline', metadata });
}
