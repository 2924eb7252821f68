import type { ConditionId, ZoneId } from '@derma/shared';
import { CONDITION_IDS } from '@derma/shared';
import type { Analyser, Outcome } from './analyser';
import type { PlannedLesion } from '../../models/src/testing/lesion-plan';
import { planLesions } from '../../models/src/testing/lesion-plan';
import type { MatchCounts } from './match-lesions';
import { matchLesions } from './match-lesions';
import { paintLesions } from '../../models/src/testing/paint-lesions';
import type { EvalPhoto } from './photos';
import { reframe, reframeBox } from '../../models/src/testing/reframe';
import type { Tile } from './overlay-tile';
import { renderTile } from './overlay-tile';

/** Lesion counts painted per condition: each level adds lesions to the previous level's. */
export const DOSES: Readonly<Record<ConditionId, readonly number[]>> = { acne: [3, 6, 12], atopy: [1, 2, 4], wrinkle: [2, 4, 8] };
const SMOKE_DOSES: Readonly<Record<ConditionId, readonly number[]>> = { acne: [3], atopy: [1], wrinkle: [2] };
/**
 * Independent placements of each dose series per face: with three faces, one placement paints
 * only 21 atopy patches, and where they happen to land moved recall and the dose-response by
 * more than the goals' margins. Only the first placement goes on the overlay sheet.
 */
export const PLACEMENTS = 3;

/** One painted photo: a clear face with `count` lesions of one condition. */
export interface SyntheticCase {
  face: string;
  /** Which of the {@link PLACEMENTS} independent series of lesions this photo belongs to. */
  placement: number;
  condition: ConditionId;
  /** Lesions painted (0: the clean photo). */
  count: number;
  /** That condition's score, or null when the quality gate refused the painted photo. */
  score: number | null;
  refused?: string;
  counts: Record<ZoneId, MatchCounts>;
}

/** A stable seed per face, condition and placement, so every run paints the same lesions. */
function seedOf(face: string, condition: ConditionId, placement: number): number {
  let h = 2166136261;
  // Placement 0 keeps the seed the single-placement evaluation used.
  for (const ch of placement === 0 ? `${face}/${condition}` : `${face}/${condition}/${placement}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

function tally(base: Extract<Outcome, { kind: 'result' }>, outcome: Outcome, condition: ConditionId, lesions: readonly PlannedLesion[]): Pick<SyntheticCase, 'score' | 'refused' | 'counts'> {
  if (outcome.kind === 'refused') return { score: null, refused: outcome.code, counts: matchLesions(base.layout, lesions, []) };
  const finding = outcome.result.findings[condition];
  const known = base.result.findings[condition].detections.map((d) => reframeBox(d.box, base.result.crop, outcome.result.crop));
  return { score: finding.score, counts: matchLesions(outcome.layout, lesions, finding.detections, known) };
}

/**
 * Paints each condition's lesions at every dose into each clear face the pipeline analysed,
 * analyses the painted photos and tallies hits per zone. The clean photo is dose 0.
 */
export async function runSynthetic(analyser: Analyser, faces: readonly { photo: EvalPhoto; outcome: Outcome }[], smoke: boolean, tiles: Tile[]): Promise<SyntheticCase[]> {
  const cases: SyntheticCase[] = [];
  for (const { photo, outcome: base } of faces) {
    if (base.kind !== 'result') continue;
    for (const condition of CONDITION_IDS) {
      const doses = (smoke ? SMOKE_DOSES : DOSES)[condition];
      for (let placement = 0; placement < (smoke ? 1 : PLACEMENTS); placement++) {
        const seed = seedOf(photo.name, condition, placement);
        const planned = planLesions(base.layout, base.result.crop.size, condition, Math.max(...doses), seed);
        cases.push({ face: photo.name, placement, condition, count: 0, ...tally(base, base, condition, []) });
        for (const dose of doses) {
          const lesions = planned.slice(0, dose);
          const painted = paintLesions(photo.image, base.result.crop, lesions, seed);
          const outcome = await analyser.analyse(painted);
          const seen = outcome.kind === 'result' ? reframe(lesions, base.result.crop, outcome.result.crop) : lesions;
          cases.push({ face: photo.name, placement, condition, count: lesions.length, ...tally(base, outcome, condition, seen) });
          if (placement === 0) tiles.push(renderTile('synthetic lesions on clear faces', `${photo.name} +${lesions.length} ${condition}`, painted, outcome, outcome.kind === 'result' ? seen : []));
        }
      }
    }
  }
  return cases;
}
