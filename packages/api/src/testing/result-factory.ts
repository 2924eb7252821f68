import {
  CONDITION_IDS,
  MASK_SIZE,
  ZONE_IDS,
  conditionScore,
  encodeRle,
  totalScore,
  type ConditionId,
  type DiagnosisResult,
  type Finding,
  type Landmarks,
  type ZoneId,
} from '@derma/shared';

export interface ResultSpec {
  /** Set pixels of each condition's mask on the 256×256 grid (default 0). */
  pixels?: Partial<Record<ConditionId, number>>;
  /** Boxes reported per condition (default the sum of its zone counts, else one per condition with pixels). */
  lesions?: Partial<Record<ConditionId, number>>;
  location?: 'device' | 'server';
  totalMs?: number;
  /** Result schema version (default 1, as results stored before the face zones). */
  version?: 1 | 2;
  /** Version 2: detections per zone and condition; zones not named count 0. */
  zones?: Partial<Record<ConditionId, Partial<Record<ZoneId, number>>>>;
  /** Version 2: the quality gate's remarks. */
  notices?: DiagnosisResult['notices'];
}

/** Crop of every made result, in image pixels. */
const CROP = { x: 40, y: 200, size: 1000 };
/** A frontal face inside the face box: eyes, nose tip, mouth corners, in image pixels. */
const FACE_LANDMARKS: Landmarks = [[380, 620], [700, 620], [540, 800], [420, 960], [660, 960]];

function zonesOf(counts: Partial<Record<ZoneId, number>>, areaRatio: number): NonNullable<Finding['zones']> {
  const entries = ZONE_IDS.map((zone) => {
    const count = counts[zone] ?? 0;
    // Any coverage will do as long as zones with lesions show some and an empty mask none.
    return [zone, { count, coverage: count > 0 ? Math.min(1, areaRatio * (1 + count)) : 0 }] as const;
  });
  return Object.fromEntries(entries) as NonNullable<Finding['zones']>;
}

function finding(condition: ConditionId, pixels: number, lesions: number, zones?: Partial<Record<ZoneId, number>>): Finding {
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
    ...(zones ? { zones: zonesOf(zones, areaRatio) } : {}),
  };
}

function lesionsOf(spec: ResultSpec, id: ConditionId, pixels: number): number {
  const inZones = Object.values(spec.zones?.[id] ?? {}).reduce((sum, n) => sum + n, 0);
  return spec.lesions?.[id] ?? (inZones > 0 ? inZones : pixels > 0 ? 1 : 0);
}

/** The face, layout and notices version 2 adds, for the fixed face of every made result. */
function version2Parts(spec: ResultSpec): Pick<DiagnosisResult, 'face' | 'layout' | 'notices'> {
  const inCrop = FACE_LANDMARKS.map(([x, y]) => [(x - CROP.x) / CROP.size, (y - CROP.y) / CROP.size]) as Landmarks;
  return {
    face: { box: [100, 300, 900, 1200], confidence: 0.93, landmarks: FACE_LANDMARKS },
    layout: { source: 'detected', landmarks: inCrop },
    ...(spec.notices ? { notices: spec.notices } : {}),
  };
}

/**
 * A self-consistent diagnosis result (scores follow from the masks), as a device would submit.
 * @example makeResult({ pixels: { acne: 3277 } }) // acne covers 5 %, scores 50
 * @example makeResult({ version: 2, pixels: { acne: 900 }, zones: { acne: { chin: 4, leftCheek: 2 } } })
 */
export function makeResult(spec: ResultSpec = {}): DiagnosisResult {
  const v2 = spec.version === 2;
  const findings = Object.fromEntries(
    CONDITION_IDS.map((id) => {
      const pixels = spec.pixels?.[id] ?? 0;
      return [id, finding(id, pixels, lesionsOf(spec, id, pixels), v2 ? (spec.zones?.[id] ?? {}) : undefined)];
    }),
  ) as Record<ConditionId, Finding>;
  const total = spec.totalMs ?? 420;
  return {
    schemaVersion: v2 ? 2 : 1,
    image: { width: 1080, height: 1440 },
    crop: v2 ? { ...CROP, angle: 1.5 } : { ...CROP },
    face: { box: [100, 300, 900, 1200], confidence: 0.93 },
    ...(v2 ? version2Parts(spec) : {}),
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
