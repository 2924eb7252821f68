import { CONDITION_IDS, MASK_SIZE, conditionScore, encodeRle, totalScore, type ConditionId, type DiagnosisResult, type Finding } from '@derma/shared';

export interface ResultSpec {
  /** Set pixels of each condition's mask on the 256×256 grid (default 0). */
  pixels?: Partial<Record<ConditionId, number>>;
  /** Boxes reported per condition (default one per condition with pixels). */
  lesions?: Partial<Record<ConditionId, number>>;
  location?: 'device' | 'server';
  totalMs?: number;
}

function finding(condition: ConditionId, pixels: number, lesions: number): Finding {
  const mask = new Uint8Array(MASK_SIZE * MASK_SIZE);
  mask.fill(1, 0, pixels);
  const areaRatio = pixels / mask.length;
  const maxAreaRatio = 0.1;
  return {
    modelId: `baseline-${condition}`,
    score: conditionScore(areaRatio, maxAreaRatio),
    areaRatio,
    maxAreaRatio,
    lesionCount: lesions,
    detections: Array.from({ length: lesions }, (_, i) => ({ box: [0.1, 0.1 + i * 0.001, 0.2, 0.2] as [number, number, number, number], confidence: 0.8, className: condition })),
    mask: { width: MASK_SIZE, height: MASK_SIZE, counts: encodeRle(mask, MASK_SIZE, MASK_SIZE).counts },
  };
}

/**
 * A self-consistent diagnosis result (scores follow from the masks), as a device would submit.
 * @example makeResult({ pixels: { acne: 3277 } }) // acne covers 5 %, scores 50
 */
export function makeResult(spec: ResultSpec = {}): DiagnosisResult {
  const findings = Object.fromEntries(
    CONDITION_IDS.map((id) => {
      const pixels = spec.pixels?.[id] ?? 0;
      return [id, finding(id, pixels, spec.lesions?.[id] ?? (pixels > 0 ? 1 : 0))];
    }),
  ) as Record<ConditionId, Finding>;
  const total = spec.totalMs ?? 420;
  return {
    schemaVersion: 1,
    image: { width: 1080, height: 1440 },
    crop: { x: 40, y: 200, size: 1000 },
    face: { box: [100, 300, 900, 1200], confidence: 0.93 },
    findings,
    totalScore: totalScore(CONDITION_IDS.map((id) => findings[id].score)),
    models: CONDITION_IDS.map((id) => ({ id: `baseline-${id}`, role: id, version: '1.0.0', sha256: 'a'.repeat(64), baseline: true })),
    backend: { runtime: 'onnxruntime-web', executionProvider: 'wasm', threads: 4, location: spec.location ?? 'device' },
    timings: { face: 20, preprocess: 30, inference: total - 100, postprocess: 50, total, perModel: {} },
  };
}

/** Mask pixels that make a condition score `score` with the default max ratio of 0.10. */
export function pixelsForScore(score: number): number {
  return Math.floor(((100 - score) / 100) * 0.1 * MASK_SIZE * MASK_SIZE);
}
