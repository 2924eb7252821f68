import type { ConditionId } from '@derma/shared';
import { CONDITION_IDS, QUALITY_LIMITS, faceGeometry } from '@derma/shared';
import type { Analyser, Outcome } from './analyser';
import type { Degradation } from './image-ops';
import { DEGRADATIONS, degrade } from './image-ops';
import type { EvalPhoto } from './photos';
import type { Tile } from './overlay-tile';
import { renderTile } from './overlay-tile';

/** One face photo degraded one way, against the same photo as it came. */
export interface DegradedCase {
  photo: string;
  degradation: Degradation;
  /** Degraded minus original score per condition; null when either was refused. */
  shift: Record<ConditionId, number> | null;
  refused?: string;
  /** Refused because halving made the face smaller than the gate's limit: the gate doing its job. */
  refusedAsDesigned?: boolean;
}

/** Whether the gate must refuse the photo at half size: its face's eyes end up closer than the limit. */
function tooSmallAtHalf(outcome: Extract<Outcome, { kind: 'result' }>): boolean {
  const landmarks = outcome.result.face?.landmarks;
  return landmarks !== undefined && faceGeometry(landmarks).iod / 2 < QUALITY_LIMITS.minInterocularPx;
}

/**
 * Degrades every face photo the pipeline analysed in each of the ways phones do and measures
 * how far each condition's score moves.
 */
export async function runDegraded(analyser: Analyser, faces: readonly { photo: EvalPhoto; outcome: Outcome }[], smoke: boolean, tiles: Tile[]): Promise<DegradedCase[]> {
  const cases: DegradedCase[] = [];
  for (const { photo, outcome: base } of faces) {
    if (base.kind !== 'result') continue;
    for (const degradation of smoke ? DEGRADATIONS.slice(0, 2) : DEGRADATIONS) {
      const image = await degrade(photo.image, degradation);
      const outcome = await analyser.analyse(image);
      tiles.push(renderTile('degraded as phones degrade', `${photo.name} ${degradation}`, image, outcome));
      if (outcome.kind === 'refused') {
        const asDesigned = degradation === 'half size' && outcome.code === 'FACE_TOO_SMALL' && tooSmallAtHalf(base);
        cases.push({ photo: photo.name, degradation, shift: null, refused: outcome.code, refusedAsDesigned: asDesigned });
        continue;
      }
      const shift = Object.fromEntries(CONDITION_IDS.map((id) => [id, outcome.result.findings[id].score - base.result.findings[id].score])) as Record<ConditionId, number>;
      cases.push({ photo: photo.name, degradation, shift });
    }
  }
  return cases;
}
