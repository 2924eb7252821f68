import { GraphBuilder } from '../onnx-graph';
import { IMGSZ, PROTO, boxBlur, downsample, localMax, logit, product, smooth, softStep, tieBreak } from './blocks';
import { cellCandidates } from './candidates';
import { contrast, luminance, redness } from './colour';
import { gradientMagnitude } from './edges';
import { blobStrength } from './hessian';
import { ownSkin } from './own-skin';
import { segmentHead, yoloMetadata } from './yolo-head';

/** Version of the acne baseline; bump with any change to what it finds. */
export const ACNE_VERSION = '2.1.0';

/**
 * Constants of the acne baseline. Sizes are proto pixels (160 over the crop, whose side is
 * about 3.8 inter-ocular distances: one IOD ≈ 42 px, so 1 px ≈ 1.5 mm on an adult face).
 */
export const ACNE_PARAMS = {
  /** Blob scales: papules and pustules of about 2 to 7 mm. */
  sigmas: [0.8, 1.3, 2],
  /** Blob strength (redness index units) below which nothing is a spot, however even the skin. */
  floor: 0.004,
  /**
   * A spot stands this many standard deviations of the person's own cheek texture at its scale
   * above its mean (each of the three scales can raise a false spot, so higher than one shared threshold).
   */
  relative: 3.8,
  /** Luminance contrast below which a spot is a mole, a pore or a shadow, not an inflamed papule. */
  dark: -0.18,
  /** Relative luminance gradient (eyelids, nostrils, hairline) at which the response is halved. */
  edge: 0.08,
  /** The mask covers the spot where its strength is at least this share of the detection threshold. */
  mask: 0.5,
  cell: 4,
};

export const ACNE_DESCRIPTION =
  `derma-edge acne baseline ${ACNE_VERSION}: NOT a clinical model. Classical image analysis, no ` +
  'training: finds small round spots redder than the skin around them (scale-normalised Hessian ' +
  "blobs of chromatic redness), judged against the person's own cheek texture, ignoring dark " +
  'spots (moles, pores), strong edges and anything that is not this face\'s skin.';

/** Builds the acne baseline as an ultralytics YOLO-seg ONNX model (one class, `acne`). */
export function buildAcneModel(params = ACNE_PARAMS): Uint8Array {
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, IMGSZ, IMGSZ]);
  const rgb = downsample(g, images, IMGSZ / PROTO);
  const own = ownSkin(g, rgb, PROTO);
  const red = redness(g, rgb);
  // Each scale is judged against the person's own skin texture at that scale (grain, pores, JPEG
  // blocks, upscaling): fine texture comes and goes with the photo's resolution, and a threshold
  // shared by all scales would move the larger spots' verdict with it.
  const strength = params.sigmas
    .map((sigma) => {
      const blobs = blobStrength(g, red, sigma);
      const texture = g.op('Add', [own.mean(blobs), g.op('Mul', [own.std(blobs), g.scalar('relative', params.relative)])]);
      return g.op('Div', [blobs, g.op('Max', [texture, g.scalar('floor', params.floor)])]);
    })
    .reduce((a, b) => g.op('Max', [a, b]));
  const luma = luminance(g, rgb);
  const notDark = softStep(g, contrast(g, boxBlur(g, luma, 3), smooth(g, luma, 11)), params.dark, 60);
  const edge = gradientMagnitude(g, contrast(g, boxBlur(g, luma, 5), smooth(g, luma, 21)));
  const notEdge = softStep(g, edge, params.edge, -150);
  const response = product(g, strength, notDark, notEdge, own.context);
  const score = softStep(g, response, 1, 6);
  const ranked = tieBreak(g, response, PROTO);
  const peak = softStep(g, g.op('Sub', [ranked, localMax(g, ranked, 5)]), -1.5e-7, 1e8);
  const found = softStep(g, response, 1, 1e3);
  const weight = product(g, peak, score, found);
  const inMask = softStep(g, response, params.mask, 1e4);
  const area = g.op('AveragePool', [inMask], { kernel_shape: { ints: [9, 9] }, pads: { ints: [4, 4, 4, 4] }, count_include_pad: { i: 1 } });
  // side of a disc of that many proto pixels, in input pixels: 2 sqrt(81 a / pi) * 4
  const side = g.op('Mul', [g.op('Sqrt', [area]), g.scalar('disc_side', (8 * 9) / Math.sqrt(Math.PI))]);
  const rows = cellCandidates(g, { weight, score: weight, side }, { mapSide: PROTO, cell: params.cell, pad: 6 });
  segmentHead(g, rows, logit(g, response, params.mask, 100), PROTO / params.cell);
  const metadata = yoloMetadata({ task: 'segment', name: 'acne', description: ACNE_DESCRIPTION, version: ACNE_VERSION });
  return g.build({ name: 'derma-edge-acne-baseline', metadata });
}
