import type { Detection, DiagnosisResult } from '@derma/shared';
import { CONDITION_IDS, decodeRle } from '@derma/shared';
import { maskIou } from '@derma/api/optimize';
import { expect } from 'vitest';


/**
 * Pairs each detection of `a` with an unused one of `b` of the same class whose box corners and
 * confidence differ by at most `tolerance`. Order is not compared: detections whose confidences
 * differ by float noise may swap places between runtimes.
 * @returns the detections of `a` that found no partner
 */
export function unmatchedDetections(a: readonly Detection[], b: readonly Detection[], tolerance: number): Detection[] {
  const free = [...b];
  return a.filter((d) => {
    const i = free.findIndex(
      (o) => o.className === d.className && Math.abs(o.confidence - d.confidence) <= tolerance && o.box.every((v, k) => Math.abs(v - (d.box[k] ?? Number.NaN)) <= tolerance),
    );
    if (i >= 0) free.splice(i, 1);
    return i < 0;
  });
}

/**
 * Asserts that two runs of the pipeline on one image agree as the runtime contract requires:
 * the same crop and detections (boxes and confidences within `tolerance`, in any order), union
 * masks with IoU ≥ 0.99, and equal scores.
 */
export function expectSameDiagnosis(a: DiagnosisResult, b: DiagnosisResult, tolerance = 2e-3): void {
  expect(b.crop).toEqual(a.crop);
  expect(b.face === null).toBe(a.face === null);
  if (a.face && b.face) {
    b.face.box.forEach((v, i) => expect(v).toBeCloseTo(a.face?.box[i] ?? Number.NaN, 0));
    expect(Math.abs(b.face.confidence - a.face.confidence)).toBeLessThanOrEqual(tolerance);
  }
  for (const id of CONDITION_IDS) {
    const fa = a.findings[id];
    const fb = b.findings[id];
    expect(fb.lesionCount, `${id} lesion count`).toBe(fa.lesionCount);
    expect(unmatchedDetections(fa.detections, fb.detections, tolerance), `${id} detections`).toEqual([]);
    expect(maskIou(decodeRle(fa.mask), decodeRle(fb.mask)), `${id} mask IoU`).toBeGreaterThanOrEqual(0.99);
    expect(fb.score, `${id} score`).toBe(fa.score);
  }
  expect(b.totalScore).toBe(a.totalScore);
}
