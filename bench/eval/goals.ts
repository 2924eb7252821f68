import type { ConditionId } from '@derma/shared';
import { CONDITION_IDS } from '@derma/shared';
import { fmt } from '../lib/stats';
import type { Figures } from './figures';

/** One goal of issue 13 §1, its measured figure, and whether the figure meets it. */
export interface Goal {
  goal: string;
  figure: string;
  pass: boolean;
}

/** "On a clear face a few detections are noise, not a diagnosis": at most this many per condition. */
export const MAX_FALSE_LESIONS = 3;
/**
 * The conditions whose detections on a clear face are false by the label: the clear faces are
 * "without visible skin disease", and two of them are men of 50 and 70 whose forehead lines and
 * crow's feet are real, so wrinkle lines there are reported but not held to the limit.
 */
const FALSE_BY_LABEL: readonly ConditionId[] = ['acne', 'atopy'];
/** Recall and precision each synthetic lesion kind must reach. */
export const SYNTHETIC_TARGET: Readonly<Record<ConditionId, number>> = { acne: 0.8, atopy: 0.8, wrinkle: 0.7 };
const MAX_SHIFT = 5;

const slash = (f: (id: ConditionId) => string) => CONDITION_IDS.map(f).join('/');

/** Checks the figures against the goals the baselines are being reworked to pass. */
export function checkGoals(f: Figures): Goal[] {
  const c = f.clear.perCondition;
  const refusedClear = [
    f.clear.refused.length > 0 ? `; refused ${f.clear.refused.join(', ')}` : '',
    f.clear.asDesigned.length > 0 ? `; refused as designed, not counted: ${f.clear.asDesigned.join(', ')}` : '',
  ].join('');
  const synthetic = CONDITION_IDS.map((id): Goal => {
    const s = f.synthetic[id];
    const target = SYNTHETIC_TARGET[id];
    return { goal: `synthetic ${id} lesions: recall ≥ ${target} at precision ≥ ${target}`, figure: `recall ${fmt(s.recall, 2)}, precision ${fmt(s.precision, 2)} (${s.all.lesions} lesions)`, pass: s.recall >= target && s.precision >= target };
  });
  const series = CONDITION_IDS.map((id) => f.synthetic[id].monotonic);
  const degradations = Object.entries(f.degradation);
  const worst = Math.max(...degradations.flatMap(([, d]) => CONDITION_IDS.map((id) => d.maxShift[id])));
  const degradedRefusals = degradations.flatMap(([how, d]) => d.refused.map((r) => `${r} ${how}`));
  const designed = degradations.flatMap(([how, d]) => d.asDesigned.map((r) => `${r} ${how}`));
  return [
    {
      goal: 'clear faces score ≥ 90 on each condition, median ≥ 95 (a/t/w)',
      figure: `min ${slash((id) => fmt(c[id].min))}, median ${slash((id) => fmt(c[id].median))} over ${f.clear.faces - f.clear.refused.length - f.clear.asDesigned.length} faces${refusedClear}`,
      pass: f.clear.refused.length === 0 && CONDITION_IDS.every((id) => c[id].min >= 90 && c[id].median >= 95),
    },
    {
      goal: `few false lesions on clear faces (≤ ${MAX_FALSE_LESIONS} acne spots and atopy patches per face; wrinkle lines reported)`,
      figure: `most on one face a/t/w ${slash((id) => fmt(c[id].maxFalseLesions))}`,
      pass: FALSE_BY_LABEL.every((id) => c[id].maxFalseLesions <= MAX_FALSE_LESIONS),
    },
    {
      goal: 'every mild-acne photo scores lower on acne than every clear face (AUC 1.0)',
      figure: `AUC ${fmt(f.acneSeparation.auc)}; clear ${f.acneSeparation.clear.join(', ')} vs acne ${f.acneSeparation.acne.join(', ')}`,
      pass: f.acneSeparation.auc === 1 && f.acneSeparation.refused.length === 0,
    },
    ...synthetic,
    {
      goal: 'scores fall monotonically with the lesion count (faces, mean over placements, a/t/w)',
      figure: `${slash((id) => `${f.synthetic[id].monotonic[0]} of ${f.synthetic[id].monotonic[1]}`)} faces (single placements ${slash((id) => `${f.synthetic[id].seriesMonotonic[0]} of ${f.synthetic[id].seriesMonotonic[1]}`)}); slope ${slash((id) => fmt(f.synthetic[id].slope, 2))} points/lesion`,
      pass: series.every(([ok, all]) => all > 0 && ok === all),
    },
    {
      goal: `degradation moves no condition score by more than ${MAX_SHIFT} points`,
      figure: [
        `largest shift ${fmt(worst)} points`,
        degradedRefusals.length > 0 ? `; refused ${degradedRefusals.join(', ')}` : '',
        designed.length > 0 ? `; refused as designed, face under the size limit: ${designed.join(', ')}` : '',
      ].join(''),
      pass: worst <= MAX_SHIFT && degradedRefusals.length === 0,
    },
    {
      goal: 'every not-face refused (NO_FACE)',
      figure: `${f.notFace.refusedNoFace} of ${f.notFace.photos}${f.notFace.notRefused.length > 0 ? `; analysed ${f.notFace.notRefused.join(', ')}` : ''}`,
      pass: f.notFace.photos > 0 && f.notFace.refusedNoFace === f.notFace.photos,
    },
  ];
}
