import { GraphBuilder } from '../onnx-graph';
import { IMGSZ, PROTO, boxBlur, downsample, logit, product, smooth, softStep } from './blocks';
import { cellCandidates } from './candidates';
import { contrast, luminance } from './colour';
import { ridgeStrength } from './line-filters';
import { ownSkin } from './own-skin';
import { segmentHead, yoloMetadata } from './yolo-head';

/** Version of the wrinkle baseline; bump with any change to what it finds. */
export const WRINKLE_VERSION = '2.1.0';

/** Constants of the wrinkle baseline (ridge units: relative luminance contrast; proto pixels, one IOD ≈ 42 px). */
export const WRINKLE_PARAMS = {
  /** Ridge strength below which nothing is a line, however smooth the skin. */
  floor: 0.03,
  /** A line stands this many standard deviations of the person's own cheek ridges above their mean. */
  relative: 4,
  /** The mask covers the line where its strength is at least this share of the threshold. */
  mask: 0.6,
  edgePenalty: 1,
  broadDark: 0.06,
  density: 0.35,
  denseRidge: 0.03,
  /** One candidate per 16 px cell (0.4 IOD): about one per wrinkle instead of one per fragment. */
  cell: 16,
};

export const WRINKLE_DESCRIPTION =
  `derma-edge wrinkle baseline ${WRINKLE_VERSION}: NOT a clinical model. Classical image analysis, no ` +
  'training: finds thin, elongated dark ridges with oriented second-derivative line filters at 8 ' +
  "orientations, stronger than the person's own skin texture, rejecting one-sided edges, dense " +
  "texture (hair, fabric) and anything that is not this face's skin.";

/** Builds the wrinkle baseline as an ultralytics YOLO-seg ONNX model (one class, `wrinkle`). */
export function buildWrinkleModel(params = WRINKLE_PARAMS): Uint8Array {
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, IMGSZ, IMGSZ]);
  const rgb = downsample(g, images, IMGSZ / PROTO);
  const own = ownSkin(g, rgb, PROTO);
  const luma = luminance(g, rgb);
  const relative = contrast(g, luma, smooth(g, luma, 5));
  const shape = { across: 0.8, along: 3.5, size: 9, orientations: 8 };
  const ridge = ridgeStrength(g, relative, shape, params.edgePenalty);
  const usual = own.robust(ridge);
  const threshold = g.op('Max', [g.op('Add', [usual.mean, g.op('Mul', [usual.std, g.scalar('relative', params.relative)])]), g.scalar('floor', params.floor)]);
  // Eyes, brows, nostrils and lip lines are thick and dark: dark on average over 20 px too.
  const broadDark = g.op('Relu', [g.op('Neg', [boxBlur(g, relative, 5)])]);
  const thinGate = softStep(g, broadDark, params.broadDark, -150);
  // Hair and fabric are dense with ridges; wrinkles are sparse lines on smooth skin.
  const density = smooth(g, softStep(g, ridge, params.denseRidge, 300), 5);
  const sparseGate = softStep(g, density, params.density, -60);
  const response = product(g, g.op('Div', [ridge, threshold]), thinGate, sparseGate, own.context);
  const score = softStep(g, response, 1, 6);
  // A cell's box centres on its strongest line: each pixel weighs what it stands above the mask
  // level, so faint skin texture elsewhere in the cell neither drags the centre nor widens the box.
  const weight = g.op('Relu', [g.op('Sub', [response, g.scalar('mask_level', params.mask)])]);
  const rows = cellCandidates(g, { weight, score }, { mapSide: PROTO, cell: params.cell, pad: 8 });
  segmentHead(g, rows, logit(g, response, params.mask, 100), PROTO / params.cell);
  const metadata = yoloMetadata({ task: 'segment', name: 'wrinkle', description: WRINKLE_DESCRIPTION, version: WRINKLE_VERSION });
  return g.build({ name: 'derma-edge-wrinkle-baseline', metadata });
}
