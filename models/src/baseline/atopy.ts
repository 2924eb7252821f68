import { GraphBuilder } from '../onnx-graph';
import { IMGSZ, PROTO, boxBlur, downsample, logit, product, smooth, softStep } from './blocks';
import { cellCandidates } from './candidates';
import { contrast, luminance, redness } from './colour';
import { ownSkin } from './own-skin';
import { localStd } from './texture';
import { roundness } from './hessian';
import { segmentHead, yoloMetadata } from './yolo-head';

/** Version of the atopy baseline; bump with any change to what it finds. */
export const ATOPY_VERSION = '2.0.0';

/** Constants of the atopy baseline (proto pixels: one inter-ocular distance ≈ 42 px). */
export const ATOPY_PARAMS = {
  /** Side of the surround a patch is compared with: about three quarters of an IOD. */
  surround: 31,
  /** A patch is this many standard deviations of the person's own local redness contrast above its mean… */
  relative: 1,
  /** …and at least this much redder (redness index units), however even the skin. */
  minExcess: 0.015,
  /** Roughness over the person's own mean roughness at which the rough gate is half open. */
  rough: 1.2,
  /** Luminance contrast below which an area is a shadow or stubble, not a patch. */
  dark: -0.3,
  /** Scale (px) at which a patch's shape is judged, and the roundness (0 line … 1 disc) it needs. */
  shapeScale: 4,
  round: 0.32,
  /** How clearly the neighbourhood must be this person's skin (own-skin context, 0..1). */
  context: 0.75,
  /** The mask covers the patch where its strength is at least this share of the threshold. */
  mask: 0.6,
  cell: 16,
};

export const ATOPY_DESCRIPTION =
  `derma-edge atopy baseline ${ATOPY_VERSION}: NOT a clinical model. Classical image analysis, no ` +
  'training: finds patches a few millimetres to centimetres across that are redder than the ' +
  "skin around them AND rougher than the person's own cheeks (local luminance variance), as " +
  'eczema-like areas; smooth rosy cheeks, shadows and anything that is not this face\'s skin are ignored.';

/** Builds the atopy baseline as an ultralytics YOLO-seg ONNX model (one class, `atopy`). */
export function buildAtopyModel(params = ATOPY_PARAMS): Uint8Array {
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, IMGSZ, IMGSZ]);
  const rgb = downsample(g, images, IMGSZ / PROTO);
  const own = ownSkin(g, rgb, PROTO);
  const redMap = redness(g, rgb);
  // Against the skin about one IOD around, so a ruddy face or a flushed cheek is its own baseline;
  // only this face's skin counts in the surround, so hair or background beside it do not.
  const surroundOf = (x: string): string => boxBlur(g, boxBlur(g, x, params.surround), params.surround);
  const surround = g.op('Div', [surroundOf(g.op('Mul', [redMap, own.context])), g.op('Add', [surroundOf(own.context), g.scalar('ctx_eps', 1e-3)])]);
  const local = g.op('Sub', [smooth(g, redMap, 5), surround]);
  const usual = own.robust(local);
  const threshold = g.op('Max', [g.op('Mul', [usual.std, g.scalar('relative', params.relative)]), g.scalar('min_excess', params.minExcess)]);
  const excess = g.op('Div', [g.op('Sub', [local, usual.mean]), threshold]);
  const strength = g.op('Relu', [excess]);
  const luma = luminance(g, rgb);
  // Roughness at the input's full resolution: scaling and mottling are finer than a proto pixel.
  const full = luminance(g, images);
  const fine = contrast(g, full, smooth(g, full, 5));
  const rough = smooth(g, downsample(g, localStd(g, fine, 3), IMGSZ / PROTO), 5);
  const relativeRough = g.op('Div', [rough, g.op('Add', [own.robust(rough).mean, g.scalar('rough_eps', 1e-3)])]);
  const roughGate = softStep(g, relativeRough, params.rough, 8);
  const notDark = softStep(g, contrast(g, smooth(g, luma, 5), smooth(g, luma, 21)), params.dark, 40);
  // Blond or grey hair can pass for skin in colour; demand a neighbourhood that clearly is this skin.
  const inContext = softStep(g, own.context, params.context, 20);
  // A patch is a roundish area; a smile fold or a lid crease is red and rough along a line.
  const round = softStep(g, roundness(g, local, params.shapeScale), params.round, 20);
  const response = product(g, strength, roughGate, notDark, inContext, round);
  const score = softStep(g, response, 1, 6);
  const weight = softStep(g, response, params.mask, 1e4);
  const rows = cellCandidates(g, { weight, score }, { mapSide: PROTO, cell: params.cell, pad: 8 });
  segmentHead(g, rows, logit(g, response, params.mask, 100), PROTO / params.cell);
  const metadata = yoloMetadata({ task: 'segment', name: 'atopy', description: ATOPY_DESCRIPTION, version: ATOPY_VERSION });
  return g.build({ name: 'derma-edge-atopy-baseline', metadata });
}
