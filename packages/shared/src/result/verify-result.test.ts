import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../catalogue/conditions';
import { ZONE_IDS } from '../face/zone-ids';
import type { DiagnosisResult, Finding } from './result-schema';
import { MASK_SIZE } from './result-schema';
import { encodeRle } from './rle';
import { conditionScore } from './score';
import { findResultInconsistencies } from './verify-result';

/** A consistent finding with `pixels` set mask cells and `lesions` detections, all on the chin. */
function finding(pixels: number, lesions: number): Finding {
  const mask = new Uint8Array(MASK_SIZE * MASK_SIZE).fill(1, 0, pixels);
  const areaRatio = pixels / mask.length;
  const zones = Object.fromEntries(ZONE_IDS.map((z) => [z, { count: z === 'chin' ? lesions : 0, coverage: z === 'chin' && pixels > 0 ? 0.2 : 0 }]));
  return {
    modelId: 'm',
    score: conditionScore(areaRatio, 0.1),
    areaRatio,
    maxAreaRatio: 0.1,
    lesionCount: lesions,
    detections: Array.from({ length: lesions }, () => ({ box: [0.4, 0.8, 0.45, 0.85], confidence: 0.9, className: 'x' })),
    mask: { width: MASK_SIZE, height: MASK_SIZE, counts: encodeRle(mask, MASK_SIZE, MASK_SIZE).counts },
    zones: zones as NonNullable<Finding['zones']>,
  };
}

/** A version 2 result whose acne finding is `acne` (the others are clear). */
function resultWith(acne: Finding): DiagnosisResult {
  const clear = finding(0, 0);
  const findings = { acne, atopy: clear, wrinkle: clear };
  return {
    schemaVersion: 2,
    image: { width: 100, height: 100 },
    crop: { x: 0, y: 0, size: 100, angle: 0 },
    face: null,
    layout: { source: 'guide', landmarks: [[0.35, 0.4], [0.65, 0.4], [0.5, 0.58], [0.38, 0.75], [0.62, 0.75]] },
    findings,
    totalScore: Math.floor(CONDITION_IDS.reduce((s, id) => s + findings[id].score, 0) / 3),
    models: [{ id: 'm', role: 'acne', version: '1', sha256: 'a'.repeat(64), baseline: true }],
    backend: { runtime: 'onnxruntime-node', executionProvider: 'cpu', threads: 1, location: 'server' },
    timings: { face: 0, preprocess: 0, inference: 0, postprocess: 0, total: 0, perModel: {} },
  };
}

describe('findResultInconsistencies, zones', () => {
  it('accepts zone counts that add up to the lesion count', () => {
    expect(findResultInconsistencies(resultWith(finding(500, 3)))).toEqual([]);
  });

  it('refuses zone counts that add up to more than the lesion count', () => {
    const acne = finding(500, 3);
    const zones = { ...acne.zones, nose: { count: 1, coverage: 0.1 } } as NonNullable<Finding['zones']>;
    expect(findResultInconsistencies(resultWith({ ...acne, zones }))).toEqual(['acne: zones count 4 lesions but lesionCount is 3']);
  });

  it('refuses a zone key that is not a zone', () => {
    const acne = finding(500, 3);
    const zones = { ...acne.zones, scalp: { count: 0, coverage: 0 } } as NonNullable<Finding['zones']>;
    expect(findResultInconsistencies(resultWith({ ...acne, zones }))).toEqual(['acne: unknown zone scalp']);
  });

  it('refuses zone coverage where the mask is empty', () => {
    const acne = finding(0, 0);
    const zones = { ...acne.zones, forehead: { count: 0, coverage: 0.05 } } as NonNullable<Finding['zones']>;
    expect(findResultInconsistencies(resultWith({ ...acne, zones }))).toEqual(['acne: forehead coverage 0.05 but the mask is empty']);
  });

  it('checks nothing about zones for a version 1 finding without them', () => {
    const { zones: _zones, ...acne } = finding(500, 3);
    expect(findResultInconsistencies({ ...resultWith(acne), schemaVersion: 1 })).toEqual([]);
  });
});
