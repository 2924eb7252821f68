import { GraphBuilder } from '../onnx-graph';
import { IMGSZ, PROTO, boxBlur, downsample, logit, product, smooth, softStep } from './blocks';
import { cellCandidates } from './candidates';
import { contrast, luminance } from './colour';
import { ridgeStrength } from './line-filters';
import { skinLikelihood } from './skin';
import { segmentHead, yoloMetadata } from './yolo-head';

/** Tunable constants of the wrinkle baseline (ridge units: relative luminance contrast). */
export const WRINKLE_PARAMS = {
  /** Ridge strength at which a candidate scores 0.5. */
  detect: 0.035,
  detectGain: 200,
  /** Ridge strength above which a pixel belongs to the wrinkle mask. */
  mask: 0.02,
  edgePenalty: 1,
  broadDark: 0.06,
  density: 0.35,
  denseRidge: 0.03,
  cell: 8,
};

export const WRINKLE_DESCRIPTION =
  'derma-edge wrinkle baseline 1.0.0: NOT a clinical model. Classical image analysis, no ' +
  'training: finds thin, elongated dark ridges on skin with oriented second-derivative line ' +
  'filters at 8 orientations, rejecting one-sided luminance edges.';

/** Builds the wrinkle baseline as an ultralytics YOLO-seg ONNX model (one class, `wrinkle`). */
export function buildWrinkleModel(params = WRINKLE_PARAMS): Uint8Array {
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, IMGSZ, IMGSZ]);
  const rgb = downsample(g, images, IMGSZ / PROTO);
  const luma = luminance(g, rgb);
  const relative = contrast(g, luma, smooth(g, luma, 5));
  const shape = { across: 0.8, along: 3.5, size: 9, orientations: 8 };
  const ridge = ridgeStrength(g, relative, shape, params.edgePenalty);
  const skinGate = skinLikelihood(g, smooth(g, rgb, 5));
  // Eyes, brows, nostrils and lip lines are thick and dark: dark on average over 20 px too.
  const broadDark = g.op('Relu', [g.op('Neg', [boxBlur(g, relative, 5)])]);
  const thinGate = softStep(g, broadDark, params.broadDark, -150);
  // Hair and fabric are dense with ridges; wrinkles are sparse lines on smooth skin.
  const density = smooth(g, softStep(g, ridge, params.denseRidge, 300), 5);
  const sparseGate = softStep(g, density, params.density, -60);
  const response = product(g, ridge, skinGate, thinGate, sparseGate);
  const score = softStep(g, response, params.detect, params.detectGain);
  const weight = softStep(g, response, params.mask, 1e4);
  const rows = cellCandidates(g, { weight, score }, { mapSide: PROTO, cell: params.cell, pad: 8 });
  segmentHead(g, rows, logit(g, response, params.mask, 1000), PROTO / params.cell);
  const metadata = yoloMetadata({ task: 'segment', name: 'wrinkle', description: WRINKLE_DESCRIPTION, version: '1.0.0' });
  return g.build({ name: 'derma-edge-wrinkle-baseline', metadata });
}
