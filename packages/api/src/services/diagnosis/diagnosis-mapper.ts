import { CONDITION_IDS, MASK_SIZE, type ConditionId, type ConditionScores, type DiagnosisResult, type DiagnosisScores, type DiagnosisSummary } from '@derma/shared';
import type { DiagnosisRow, FindingRow, ResultMeta } from '../../db/schema/index';

/** The finding columns summaries need: no masks, no detections. */
export type FindingScoreRow = Pick<FindingRow, 'diagnosisId' | 'condition' | 'score' | 'lesionCount'>;
export type DiagnosisHeadRow = Pick<DiagnosisRow, 'id' | 'clientId' | 'totalScore' | 'location' | 'createdAt'>;

function perCondition(rows: readonly FindingScoreRow[], pick: (row: FindingScoreRow) => number): ConditionScores {
  const out = { acne: 0, atopy: 0, wrinkle: 0 };
  // Three rows at most: a loop, no Map per call (this runs for every item of every list).
  for (const row of rows) if (Object.hasOwn(out, row.condition)) out[row.condition as ConditionId] = pick(row);
  return out;
}

/** Total and per-condition scores of one diagnosis. */
export function toScores(row: Pick<DiagnosisHeadRow, 'id' | 'totalScore' | 'createdAt'>, findings: readonly FindingScoreRow[]): DiagnosisScores {
  return { id: row.id, createdAt: row.createdAt.toISOString(), totalScore: row.totalScore, scores: perCondition(findings, (f) => f.score) };
}

/** A diagnosis as lists show it (built key by key: a spread into a literal costs µs per item). */
export function toSummary(row: DiagnosisHeadRow, findings: readonly FindingScoreRow[]): DiagnosisSummary {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    totalScore: row.totalScore,
    scores: perCondition(findings, (f) => f.score),
    clientId: row.clientId,
    lesionCounts: perCondition(findings, (f) => f.lesionCount),
    location: row.location,
  };
}

/** Rebuilds the submitted result object from its stored rows. */
export function toResult(row: DiagnosisRow, findings: readonly Omit<FindingRow, 'id'>[]): DiagnosisResult {
  const byCondition: Partial<Record<ConditionId, DiagnosisResult['findings'][ConditionId]>> = {};
  for (const f of findings) {
    if (!(CONDITION_IDS as readonly string[]).includes(f.condition)) continue;
    byCondition[f.condition as ConditionId] = {
      modelId: f.modelId,
      score: f.score,
      areaRatio: f.areaRatio,
      maxAreaRatio: f.maxAreaRatio,
      lesionCount: f.lesionCount,
      detections: f.detections,
      mask: { width: MASK_SIZE, height: MASK_SIZE, counts: f.maskCounts },
      // A version 1 row has no zones: leave the key out rather than read back `zones: null`.
      ...(f.zones ? { zones: f.zones } : {}),
    };
  }
  return {
    ...row.meta,
    findings: byCondition as DiagnosisResult['findings'],
    totalScore: row.totalScore,
    models: row.models,
    backend: row.backend,
  };
}

/** The result's non-finding parts as the `meta` column keeps them; absent optional fields stay absent. */
export function toMeta(result: DiagnosisResult): ResultMeta {
  const { schemaVersion, image, crop, face, layout, notices, timings } = result;
  return { schemaVersion, image, crop, face, ...(layout ? { layout } : {}), ...(notices ? { notices } : {}), timings };
}

/** Finding rows to insert for a result. */
export function toFindingRows(diagnosisId: string, result: DiagnosisResult): Omit<FindingRow, 'id'>[] {
  return CONDITION_IDS.flatMap((condition) => {
    const f = result.findings[condition];
    if (!f) return [];
    return [
      {
        diagnosisId,
        condition,
        modelId: f.modelId,
        score: f.score,
        areaRatio: f.areaRatio,
        maxAreaRatio: f.maxAreaRatio,
        lesionCount: f.lesionCount,
        maskCounts: f.mask.counts,
        detections: f.detections,
        zones: f.zones ?? null,
      },
    ];
  });
}
