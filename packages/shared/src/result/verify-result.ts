import { CONDITION_IDS } from '../catalogue/conditions';
import { ZONE_IDS } from '../face/zone-ids';
import type { DiagnosisResult, Finding } from './result-schema';
import { rleSetCount } from './rle';
import { conditionScore, totalScore } from './score';

/**
 * Zone problems of one finding. Zones do not overlap and a detection counts in the zone of its
 * centre, so the zone counts add up to at most the lesion count; coverage needs a mask.
 */
function zoneInconsistencies(id: string, finding: Finding): string[] {
  if (!finding.zones) return [];
  const problems: string[] = [];
  let counted = 0;
  for (const [zone, z] of Object.entries(finding.zones)) {
    if (!(ZONE_IDS as readonly string[]).includes(zone)) problems.push(`${id}: unknown zone ${zone}`);
    if (z.coverage > 0 && finding.areaRatio === 0) problems.push(`${id}: ${zone} coverage ${z.coverage} but the mask is empty`);
    counted += z.count;
  }
  if (counted > finding.lesionCount) problems.push(`${id}: zones count ${counted} lesions but lesionCount is ${finding.lesionCount}`);
  return problems;
}

/**
 * Recomputes every score of a result from its masks with the shared formula, and checks the
 * zone counts against the lesion counts; returns the inconsistencies found (empty when the
 * result is self-consistent). The API uses it to refuse submissions that do not add up.
 */
export function findResultInconsistencies(result: DiagnosisResult): string[] {
  const problems: string[] = [];
  const scores: number[] = [];
  for (const id of CONDITION_IDS) {
    const finding = result.findings[id];
    if (!finding) {
      problems.push(`${id}: missing finding`);
      continue;
    }
    let set: number;
    try {
      set = rleSetCount(finding.mask);
    } catch (error) {
      problems.push(`${id}: ${(error as Error).message}`);
      continue;
    }
    const areaRatio = set / (finding.mask.width * finding.mask.height);
    if (areaRatio !== finding.areaRatio) problems.push(`${id}: areaRatio ${finding.areaRatio} but mask covers ${areaRatio}`);
    const score = conditionScore(areaRatio, finding.maxAreaRatio);
    if (score !== finding.score) problems.push(`${id}: score ${finding.score} but mask gives ${score}`);
    if (finding.lesionCount !== finding.detections.length) problems.push(`${id}: lesionCount differs from detections`);
    problems.push(...zoneInconsistencies(id, finding));
    scores.push(score);
  }
  if (scores.length === CONDITION_IDS.length && totalScore(scores) !== result.totalScore) {
    problems.push(`totalScore ${result.totalScore} but conditions give ${totalScore(scores)}`);
  }
  return problems;
}
