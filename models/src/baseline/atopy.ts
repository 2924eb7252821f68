import { GraphBuilder } from '../onnx-graph';
import { IMGSZ, PROTO, boxBlur, downsample, localMax, logit, product, smooth, softStep } from './blocks';
import { cellCandidates } from './candidates';
import { chroma, contrast, luminance } from './colour';
import { ownSkin } from './own-skin';
import { multiScaleBlobs } from './hessian';
import { segmentHead, yoloMetadata } from './yolo-head';

/** Version of the atopy baseline; bump with any change to what it finds. */
export const ATOPY_VERSION = '3.2.0';

/** Constants of the atopy baseline (proto pixels: one inter-ocular distance ≈ 42 px). */
export const ATOPY_PARAMS = {
  /** Side of the surround a patch is compared with: about three quarters of an IOD. */
  surround: 31,
  /** The redness excess is counted in standard deviations of the person's own local redness contrast… */
  relative: 1,
  /** …or in this much redder (Cr units), whichever is larger, however even the skin. */
  minExcess: 0.015,
  /**
   * Scales (px) at which patches are looked for: a disc of radius r answers most at σ ≈ r/√2, so
   * these cover patches of about 0.12 to 0.35 IOD in radius (5 to 15 px).
   */
  sigmas: [3.5, 5, 7],
  /**
   * Scale-normalised blob strength of the excess at which a patch is found: a disc about one
   * threshold redder than its surround, coherent over its whole area (a fold, a lid crease or a
   * line of pores curves one way only and answers near 0).
   */
  blob: 0.22,
  /**
   * Roughness over the person's own mean roughness at which the rough gate is half open: below
   * it, not at it. Eczema is at least as rough as the skin around it; only skin smoother than
   * the person's own (a flushed cheek) is turned away. At 1.1, patches as rough as an older
   * face's cheeks were half closed off, and one patch hid another by raising the mean.
   */
  rough: 0.9,
  /** Luminance contrast below which an area is a shadow or stubble, not a patch. */
  dark: -0.3,
  /** How clearly the neighbourhood must be this person's skin (own-skin context, 0..1). */
  context: 0.75,
  /** How far (px) from where a patch answers its mask may reach: about the radius the largest scale answers to. */
  reach: 10,
  /** Within that reach the mask covers the skin whose excess is at least this share of the threshold. */
  mask: 1,
  cell: 16,
};

export const ATOPY_DESCRIPTION =
  `derma-edge atopy baseline ${ATOPY_VERSION}: NOT a clinical model. Classical image analysis, no ` +
  'training: finds roundish patches a few millimetres to centimetres across that are redder ' +
  "(red-green chroma) than the skin around them as a whole (scale-normalised Hessian blobs of the " +
  "excess) AND not smoother than the person's own cheeks (fine texture energy), as " +
  'eczema-like areas; smooth rosy cheeks, shadows and anything that is not this face\'s skin are ignored.';

/** Builds the atopy baseline as an ultralytics YOLO-seg ONNX model (one class, `atopy`). */
export function buildAtopyModel(params = ATOPY_PARAMS): Uint8Array {
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, IMGSZ, IMGSZ]);
  const rgb = downsample(g, images, IMGSZ / PROTO);
  const own = ownSkin(g, rgb, PROTO);
  // Red-green chroma (Cr), not the brightness-normalised redness index: a red patch on dark skin is
  // also lighter than the skin, which the index divides away (a painted patch on a dark face barely moved it).
  const redMap = g.op('Slice', [chroma(g, rgb), g.int64('cr_start', [1]), g.int64('cr_end', [2]), g.int64('cr_axis', [1])]);
  // Against the skin about one IOD around, so a ruddy face or a flushed cheek is its own baseline;
  // only this face's skin counts in the surround, so hair or background beside it do not.
  const surroundOf = (x: string): string => boxBlur(g, boxBlur(g, x, params.surround), params.surround);
  const surround = g.op('Div', [surroundOf(g.op('Mul', [redMap, own.context])), g.op('Add', [surroundOf(own.context), g.scalar('ctx_eps', 1e-3)])]);
  const local = g.op('Sub', [smooth(g, redMap, 5), surround]);
  const usual = own.robust(local);
  const threshold = g.op('Max', [g.op('Mul', [usual.std, g.scalar('relative', params.relative)]), g.scalar('min_excess', params.minExcess)]);
  const excess = g.op('Relu', [g.op('Div', [g.op('Sub', [local, usual.mean]), threshold])]);
  const luma = luminance(g, rgb);
  // Roughness at the input's full resolution: scaling and mottling are finer than a proto pixel.
  // The green channel carries most of the luminance texture, and slicing it is one copy where a
  // weighted channel sum reads all three planes twice; the fine texture is what a 3 px box mean
  // does not hold, its energy pooled per proto pixel, over that pixel's brightness. Seven
  // full-resolution operations where a local standard deviation took twenty.
  const green = g.op('Slice', [images, g.int64('g_start', [1]), g.int64('g_end', [2]), g.int64('g_axis', [1])]);
  const fine = g.op('Sub', [green, boxBlur(g, green, 3)]);
  const energy = downsample(g, g.op('Mul', [fine, fine]), IMGSZ / PROTO);
  const brightness = g.op('Add', [downsample(g, green, IMGSZ / PROTO), g.scalar('bright_eps', 0.02)]);
  const rough = smooth(g, g.op('Div', [g.op('Sqrt', [g.op('Add', [energy, g.scalar('energy_eps', 1e-8)])]), brightness]), 5);
  const relativeRough = g.op('Div', [rough, g.op('Add', [own.robust(rough).mean, g.scalar('rough_eps', 1e-3)])]);
  const roughGate = softStep(g, relativeRough, params.rough, 8);
  const notDark = softStep(g, contrast(g, smooth(g, luma, 5), smooth(g, luma, 21)), params.dark, 40);
  // Blond or grey hair can pass for skin in colour; demand a neighbourhood that clearly is this skin.
  const inContext = softStep(g, own.context, params.context, 20);
  // A patch is a roundish area redder than its surround as a whole: a blob of the excess at its own
  // scale. Judged per pixel, the inside of an even patch has no curvature, and a fold is red along a line.
  const patches = g.op('Div', [multiScaleBlobs(g, excess, params.sigmas), g.scalar('blob', params.blob)]);
  const response = product(g, patches, roughGate, notDark, inContext);
  const score = softStep(g, response, 1, 6);
  // The mask is the patch itself: the red skin within reach of a found centre, not only where the blob answers.
  const reach = 2 * params.reach + 1;
  const cover = product(g, excess, inContext, localMax(g, softStep(g, response, 1, 1e3), reach));
  const weight = softStep(g, cover, params.mask, 1e4);
  // Every cell the patch's mask reaches reports it, with the score of its centre.
  const rows = cellCandidates(g, { weight, score: g.op('Mul', [localMax(g, score, reach), weight]) }, { mapSide: PROTO, cell: params.cell, pad: 8 });
  segmentHead(g, rows, logit(g, cover, params.mask, 100), PROTO / params.cell);
  const metadata = yoloMetadata({ task: 'segment', name: 'atopy', description: ATOPY_DESCRIPTION, version: ATOPY_VERSION });
  return g.build({ name: 'derma-edge-atopy-baseline', metadata });
}
