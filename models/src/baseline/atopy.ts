import { GraphBuilder } from '../onnx-graph';
import { IMGSZ, PROTO, downsample, logit, product, smooth, softStep } from './blocks';
import { cellCandidates } from './candidates';
import { contrast, luminance, redness } from './colour';
import { skinLikelihood, skinMean } from './skin';
import { localStd } from './texture';
import { segmentHead, yoloMetadata } from './yolo-head';

/** Tunable constants of the atopy baseline. */
export const ATOPY_PARAMS = {
  /** Redness excess over the skin's mean, gated by roughness, at which a candidate scores 0.5. */
  detect: 0.025,
  detectGain: 150,
  /** Response above which a pixel belongs to the patch mask. */
  mask: 0.018,
  /** Local luminance contrast std at which the roughness gate is half open. */
  rough: 0.012,
  /** Redness excess above which an area is taken for lips, not a patch. */
  lips: 0.09,
  /** Brightness relative to the mean skin below which an area is hair or shadow. */
  minBrightness: 0.85,
  cell: 16,
};

export const ATOPY_DESCRIPTION =
  'derma-edge atopy baseline 1.0.0: NOT a clinical model. Classical image analysis, no ' +
  'training: finds larger patches that are redder than the surrounding skin and rough or ' +
  'mottled in texture (local variance), as eczema-like areas.';

/** Builds the atopy baseline as an ultralytics YOLO-seg ONNX model (one class, `atopy`). */
export function buildAtopyModel(params = ATOPY_PARAMS): Uint8Array {
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, IMGSZ, IMGSZ]);
  const rgb = downsample(g, images, IMGSZ / PROTO);
  const red = redness(g, rgb);
  const skinGate = skinLikelihood(g, smooth(g, rgb, 9));
  const excess = g.op('Relu', [g.op('Sub', [smooth(g, red, 7), skinMean(g, red, skinGate)])]);
  const luma = luminance(g, rgb);
  const rough = smooth(g, localStd(g, contrast(g, luma, smooth(g, luma, 9)), 5), 5);
  const roughGate = softStep(g, rough, params.rough, 150);
  // Hair and shadows are darker than the skin around them, and falsely "red" in chroma.
  const brightness = g.op('Div', [smooth(g, luma, 7), skinMean(g, luma, skinGate)]);
  const litGate = softStep(g, brightness, params.minBrightness, 40);
  // Lips and the inside of the mouth are far redder than any eczema patch on the same skin.
  const notLips = softStep(g, excess, params.lips, -150);
  const response = product(g, excess, roughGate, skinGate, notLips, litGate);
  const score = softStep(g, response, params.detect, params.detectGain);
  const weight = softStep(g, response, params.mask, 1e4);
  const rows = cellCandidates(g, { weight, score }, { mapSide: PROTO, cell: params.cell, pad: 8 });
  segmentHead(g, rows, logit(g, response, params.mask, 1000), PROTO / params.cell);
  const metadata = yoloMetadata({ task: 'segment', name: 'atopy', description: ATOPY_DESCRIPTION, version: '1.0.0' });
  return g.build({ name: 'derma-edge-atopy-baseline', metadata });
}
