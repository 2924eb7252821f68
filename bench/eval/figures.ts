import type { ConditionId, ZoneId } from '@derma/shared';
import { CONDITION_IDS, ZONE_IDS } from '@derma/shared';
import type { DegradedCase } from './degrade-run';
import type { Degradation } from './image-ops';
import { DEGRADATIONS } from './image-ops';
import type { MatchCounts } from './match-lesions';
import { addCounts } from './match-lesions';
import { auc, fallsMonotonically, median, ratio, slope } from './metrics';
import type { PhotoRecord } from './photo-record';
import type { SyntheticCase } from './synthetic-run';

/** One condition's synthetic-lesion figures. */
export interface SyntheticFigures {
  all: MatchCounts;
  recall: number;
  precision: number;
  perZone: Record<ZoneId, MatchCounts>;
  /** Mean score per lesion count over the faces and placements, dose 0 first. */
  doseScores: [number, number][];
  /** Mean over the series (face × placement) of the least-squares slope, score points per painted lesion. */
  slope: number;
  /**
   * Faces whose mean score over the placements fell monotonically from dose to dose, of all faces
   * painted: the dose-response the goal judges (one placement alone moves by a rounding point).
   */
  monotonic: [number, number];
  /** Single series (face × placement) whose scores fell monotonically, of all series: reported beside it. */
  seriesMonotonic: [number, number];
}

/** Everything the evaluation measured, as recorded in bench/results/eval.json. */
export interface Figures {
  photos: PhotoRecord[];
  notFace: { photos: number; refusedNoFace: number; notRefused: string[] };
  /** `refused`: clear faces the gate should have analysed; `asDesigned`: refused as the gate is meant to. */
  clear: { faces: number; refused: string[]; asDesigned: string[]; perCondition: Record<ConditionId, { min: number; median: number; maxFalseLesions: number }> };
  acneSeparation: { clear: number[]; acne: number[]; auc: number; refused: string[] };
  synthetic: Record<ConditionId, SyntheticFigures>;
  /** Per degradation that was run (the smoke run skips some). */
  degradation: Partial<Record<Degradation, { maxShift: Record<ConditionId, number>; medianShift: Record<ConditionId, number>; refused: string[]; asDesigned: string[] }>>;
}

function perCondition<T>(f: (id: ConditionId) => T): Record<ConditionId, T> {
  return Object.fromEntries(CONDITION_IDS.map((id) => [id, f(id)])) as Record<ConditionId, T>;
}

/**
 * A face's mean score at each dose step over its placements (step k: the k-th lowest count of
 * each series; a placement with no room for the top dose paints fewer). Null where a placement
 * was refused.
 */
function meanByDose(series: readonly (readonly SyntheticCase[])[]): (number | null)[] {
  const steps = Math.min(...series.map((s) => s.length));
  return Array.from({ length: steps }, (_, k) => {
    const scores = series.map((s) => s[k]?.score ?? null);
    return scores.some((v) => v === null) ? null : (scores as number[]).reduce((a, b) => a + b, 0) / scores.length;
  });
}

function syntheticFigures(cases: readonly SyntheticCase[], condition: ConditionId): SyntheticFigures {
  const own = cases.filter((c) => c.condition === condition);
  // The clean photo (dose 0) is in every placement's series; count it once.
  const painted = own.filter((c) => c.count > 0);
  const perZone = Object.fromEntries(ZONE_IDS.map((z) => [z, addCounts(...painted.map((c) => c.counts[z]))])) as Record<ZoneId, MatchCounts>;
  const all = addCounts(...Object.values(perZone));
  const faces = [...new Set(own.map((c) => c.face))];
  const keys = [...new Set(own.map((c) => `${c.face}#${c.placement}`))];
  const series = keys.map((key) => own.filter((c) => `${c.face}#${c.placement}` === key).sort((a, b) => a.count - b.count));
  const levels = [...new Set(own.map((c) => c.count))].sort((a, b) => a - b);
  const doseScores = levels.map((n): [number, number] => {
    const scores = own.filter((c) => c.count === n && c.score !== null && (n > 0 || c.placement === 0)).map((c) => c.score ?? 0);
    return [n, scores.reduce((s, v) => s + v, 0) / (scores.length || Number.NaN)];
  });
  const slopes = series.map((s) => slope(s.filter((c) => c.score !== null).map((c) => [c.count, c.score ?? 0])));
  return {
    all,
    recall: ratio(all.found, all.lesions),
    precision: ratio(all.hits, all.detections),
    perZone,
    doseScores,
    slope: slopes.reduce((s, v) => s + v, 0) / (slopes.length || Number.NaN),
    monotonic: [faces.filter((face) => fallsMonotonically(meanByDose(series.filter((s) => s[0]?.face === face)))).length, faces.length],
    seriesMonotonic: [series.filter((s) => fallsMonotonically(s.map((c) => c.score))).length, series.length],
  };
}

function degradationFigures(cases: readonly DegradedCase[], how: Degradation): NonNullable<Figures['degradation'][Degradation]> {
  const own = cases.filter((c) => c.degradation === how);
  const shifts = (id: ConditionId) => own.flatMap((c) => (c.shift ? [Math.abs(c.shift[id])] : []));
  return {
    maxShift: perCondition((id) => (shifts(id).length > 0 ? Math.max(...shifts(id)) : Number.NaN)),
    medianShift: perCondition((id) => median(shifts(id))),
    refused: own.filter((c) => c.refused && !c.refusedAsDesigned).map((c) => `${c.photo} (${c.refused ?? ''})`),
    asDesigned: own.filter((c) => c.refusedAsDesigned).map((c) => `${c.photo} (${c.refused ?? ''})`),
  };
}

/** Turns the per-photo records and cases into the evaluation's figures. */
export function computeFigures(photos: PhotoRecord[], synthetic: readonly SyntheticCase[], degraded: readonly DegradedCase[]): Figures {
  const labelled = (label: PhotoRecord['label']) => photos.filter((p) => p.label === label);
  const notFaces = labelled('not a face');
  const clear = labelled('clear');
  const scored = clear.flatMap((p) => (p.scores && p.lesions ? [{ scores: p.scores, lesions: p.lesions }] : []));
  const acneOf = (ps: PhotoRecord[]) => ps.flatMap((p) => (p.scores ? [p.scores.acne] : []));
  return {
    photos,
    notFace: { photos: notFaces.length, refusedNoFace: notFaces.filter((p) => p.refused === 'NO_FACE').length, notRefused: notFaces.filter((p) => p.refused !== 'NO_FACE').map((p) => p.name) },
    clear: {
      faces: clear.length,
      refused: clear.filter((p) => p.refused && !p.refusedAsDesigned).map((p) => `${p.name} (${p.refused ?? ''})`),
      asDesigned: clear.filter((p) => p.refusedAsDesigned).map((p) => `${p.name} (${p.refused ?? ''})`),
      perCondition: perCondition((id) => ({
        min: Math.min(...scored.map((p) => p.scores[id])),
        median: median(scored.map((p) => p.scores[id])),
        maxFalseLesions: Math.max(...scored.map((p) => p.lesions[id])),
      })),
    },
    acneSeparation: {
      clear: acneOf(clear),
      acne: acneOf(labelled('mild acne')),
      auc: auc(acneOf(clear), acneOf(labelled('mild acne'))),
      refused: labelled('mild acne').filter((p) => p.refused).map((p) => `${p.name} (${p.refused ?? ''})`),
    },
    synthetic: perCondition((id) => syntheticFigures(synthetic, id)),
    degradation: Object.fromEntries(
      DEGRADATIONS.filter((d) => degraded.some((c) => c.degradation === d)).map((d) => [d, degradationFigures(degraded, d)]),
    ) as Figures['degradation'],
  };
}
