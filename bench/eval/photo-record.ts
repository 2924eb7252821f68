import type { ConditionId } from '@derma/shared';
import { CONDITION_IDS } from '@derma/shared';
import type { LayoutSource, Outcome } from './analyser';
import { addCounts, matchLesions } from './match-lesions';
import type { EvalPhoto, PhotoLabel } from './photos';

/** What the evaluation keeps of one real photo's analysis. */
export interface PhotoRecord {
  name: string;
  label: PhotoLabel;
  /** The quality gate's code when it refused the photo. */
  refused?: string;
  /** Whether that refusal is the one the gate is designed to give this photo. */
  refusedAsDesigned?: boolean;
  scores?: Record<ConditionId, number>;
  /** Detections with their centre on the skin: on a clear face, every one is a false lesion. */
  lesions?: Record<ConditionId, number>;
  layoutSource?: LayoutSource;
  ms: number;
}

/** The record of one photo's outcome. */
export function photoRecord({ name, label, expectedRefusal }: EvalPhoto, outcome: Outcome): PhotoRecord {
  const ms = Math.round(outcome.ms);
  if (outcome.kind === 'refused') return { name, label, refused: outcome.code, refusedAsDesigned: outcome.code === expectedRefusal, ms };
  const { findings } = outcome.result;
  const onSkin = (id: ConditionId) => addCounts(...Object.values(matchLesions(outcome.layout, [], findings[id].detections))).detections;
  return {
    name,
    label,
    scores: Object.fromEntries(CONDITION_IDS.map((id) => [id, findings[id].score])) as Record<ConditionId, number>,
    lesions: Object.fromEntries(CONDITION_IDS.map((id) => [id, onSkin(id)])) as Record<ConditionId, number>,
    layoutSource: outcome.layoutSource,
    ms,
  };
}
