import type { VariantAgreement } from '@derma/shared';
import type { ModelOutcome } from './model-outcome';

/** The bound a variant must meet to be listed: mean matched IoU ≥ 0.9, score within 3 points (issue 16's goals). */
export const AGREEMENT_BOUND: AgreementBound = { minIou: 0.9, maxScoreDiff: 3 };

/** The least matched box and mask IoU and the largest score difference (points) a variant may show. */
export interface AgreementBound {
  minIou: number;
  maxScoreDiff: number;
}

/** Intersection over union of two `[x1, y1, x2, y2]` boxes. */
export function boxIou(a: readonly number[], b: readonly number[]): number {
  const w = Math.max(0, Math.min(a[2] ?? 0, b[2] ?? 0) - Math.max(a[0] ?? 0, b[0] ?? 0));
  const h = Math.max(0, Math.min(a[3] ?? 0, b[3] ?? 0) - Math.max(a[1] ?? 0, b[1] ?? 0));
  const inter = w * h;
  const area = (r: readonly number[]): number => Math.max(0, (r[2] ?? 0) - (r[0] ?? 0)) * Math.max(0, (r[3] ?? 0) - (r[1] ?? 0));
  const union = area(a) + area(b) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Matched box IoU of two runs on one image: each detection of `a`, best first, takes the free
 * detection of `b` of its class that overlaps it most; the IoUs of the pairs are summed and
 * divided by the larger count, so a detection one run finds and the other misses counts 0.
 * 1 when neither finds anything.
 */
export function matchedIou(a: ModelOutcome['boxes'], b: ModelOutcome['boxes']): number {
  if (a.length === 0 && b.length === 0) return 1;
  const free = [...b];
  let sum = 0;
  for (const d of a) {
    let best = -1;
    let bestIou = 0;
    free.forEach((o, i) => {
      const iou = o.classIndex === d.classIndex ? boxIou(d.box, o.box) : 0;
      if (iou > bestIou) [best, bestIou] = [i, iou];
    });
    if (best < 0) continue;
    sum += bestIou;
    free.splice(best, 1);
  }
  return sum / Math.max(a.length, b.length);
}

/** Intersection over union of two 0/1 masks; 1 when both are empty. */
export function maskIou(a: Uint8Array, b: Uint8Array): number {
  let inter = 0;
  let union = 0;
  for (let i = 0; i < a.length; i++) {
    inter += a[i] && b[i] ? 1 : 0;
    union += a[i] || b[i] ? 1 : 0;
  }
  return union === 0 ? 1 : inter / union;
}

/** Agreement of a variant's outcomes with the main file's on the same images, in order. */
export function agreement(reference: readonly ModelOutcome[], variant: readonly ModelOutcome[]): VariantAgreement {
  const pairs = reference.map((r, i) => ({ r, v: variant[i] as ModelOutcome }));
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  const masks = pairs.flatMap(({ r, v }) => (r.mask && v.mask ? [maskIou(r.mask, v.mask)] : []));
  return {
    images: pairs.length,
    boxIou: round(mean(pairs.map(({ r, v }) => matchedIou(r.boxes, v.boxes)))),
    ...(masks.length > 0 ? { maskIou: round(mean(masks)) } : {}),
    scoreDiff: round(Math.max(0, ...pairs.map(({ r, v }) => Math.abs(r.score - v.score)))),
  };
}

/** Why a variant's agreement is outside `bound`, or undefined when it is within. */
export function disagreement(a: VariantAgreement, bound: AgreementBound = AGREEMENT_BOUND): string | undefined {
  const reasons = [
    a.boxIou < bound.minIou ? `matched box IoU ${a.boxIou} < ${bound.minIou}` : '',
    a.maskIou !== undefined && a.maskIou < bound.minIou ? `mask IoU ${a.maskIou} < ${bound.minIou}` : '',
    a.scoreDiff > bound.maxScoreDiff ? `score differs by ${a.scoreDiff} points > ${bound.maxScoreDiff}` : '',
  ].filter(Boolean);
  return reasons.length > 0 ? `${reasons.join(', ')} on ${a.images} images` : undefined;
}
