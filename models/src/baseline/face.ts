import { GraphBuilder } from '../onnx-graph';
import { IMGSZ, downsample, product, smooth, softStep } from './blocks';
import { massMoments } from './moments';
import { luminance } from './colour';
import { SKIN_CHROMA, skinLikelihood, skinMean } from './skin';
import { detectHead, yoloMetadata } from './yolo-head';

/** Tunable constants of the face baseline. */
export const FACE_PARAMS = {
  /** Side of the skin map the moments are taken on. */
  grid: 40,
  /** Skin coverage of the image at which the confidence is 0.5. */
  coverage: 0.04,
  coverageGain: 60,
  /** Box side in standard deviations of the skin mass (4 for a uniform ellipse). */
  sigmas: 3.6,
  /** Half-width, in input pixels, of the first window around the densest skin. */
  firstWindow: 160,
  /** Half-width of the second window in standard deviations of the first window's skin. */
  window: 1.8,
  /** Lower Cr bound, above the general skin range's, so pale walls and greys are not skin. */
  crLow: 0.04,
  gain: 150,
  /** Brightness relative to the mean skin-coloured pixel below which a pixel is hair. */
  minBrightness: 0.85,
};

export const FACE_DESCRIPTION =
  'derma-edge face baseline 1.0.0: NOT a trained detector. Classical image analysis: one box ' +
  'around the densest mass of skin-coloured pixels (soft Cb/Cr ranges), confidence from how ' +
  'much of the image is skin. Works on one frontal face filling much of the photo; any large ' +
  'skin-coloured area (e.g. tan fur) also scores high.';

/** Keeps the mass within `half` (input pixels, a tensor) of `centre` along one axis, softly. */
function band(g: GraphBuilder, grid: number, centre: string, half: string, shape: readonly number[]): string {
  const coords = Array.from({ length: grid }, (_, i) => ((i + 0.5) * IMGSZ) / grid);
  const d = g.op('Abs', [g.op('Sub', [g.weight('band', coords, shape), centre])]);
  return g.op('Sigmoid', [g.op('Mul', [g.op('Sub', [half, d]), g.scalar('band_gain', 0.2)])]);
}

function window(g: GraphBuilder, skin: string, grid: number, c: { cx: string; cy: string }, hx: string, hy: string): string {
  return product(g, skin, band(g, grid, c.cx, hx, [1, 1, 1, grid]), band(g, grid, c.cy, hy, [1, 1, grid, 1]));
}

/** Builds the face baseline as an ultralytics YOLO detect ONNX model (one class, `face`, N = 1). */
export function buildFaceModel(params = FACE_PARAMS): Uint8Array {
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, IMGSZ, IMGSZ]);
  const rgb = downsample(g, images, IMGSZ / params.grid);
  const colour = skinLikelihood(g, rgb, params.gain, { ...SKIN_CHROMA, crLow: params.crLow });
  // Hair shares skin's chroma but is darker than the skin on average.
  const luma = luminance(g, rgb);
  const lit = softStep(g, g.op('Div', [luma, skinMean(g, luma, colour)]), params.minBrightness, 20);
  const skin = g.op('Mul', [colour, lit]);
  // Densest skin: local skin density to the 8th power, so the biggest blob dominates the mean.
  const density = smooth(g, skin, 5);
  const d2 = g.op('Mul', [density, density]);
  const d4 = g.op('Mul', [d2, d2]);
  const peak = massMoments(g, g.op('Mul', [d4, d4]), params.grid);
  const first = g.scalar('first_window', params.firstWindow);
  const near = massMoments(g, window(g, skin, params.grid, peak, first, first), params.grid);
  const k = g.scalar('window_sd', params.window);
  const face = window(g, skin, params.grid, near, g.op('Mul', [near.sx, k]), g.op('Mul', [near.sy, k]));
  const m = massMoments(g, face, params.grid);
  const sigmas = g.scalar('sigmas', params.sigmas);
  const rows = {
    cx: m.cx,
    cy: m.cy,
    w: g.op('Mul', [m.sx, sigmas]),
    h: g.op('Mul', [m.sy, sigmas]),
    score: softStep(g, massMoments(g, skin, params.grid).coverage, params.coverage, params.coverageGain),
  };
  detectHead(g, rows, 1);
  const metadata = yoloMetadata({ task: 'detect', name: 'face', description: FACE_DESCRIPTION, version: '1.0.0' });
  return g.build({ name: 'derma-edge-face-baseline', metadata });
}
