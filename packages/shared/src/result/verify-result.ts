import { CONDITION_IDS } from '../catalogue/conditions';
import type { DiagnosisResult } from './result-schema';
import { countSet, decodeRle } from './rle';
import { conditionScore, totalScore } from './score';

/**
 * Recomputes every score of a result from its masks with the shared formula and returns the
 * inconsistencies found (empty when the result is self-consistent). The API uses it to refuse
 * submissions whose scores do not follow from their masks.
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
    let mask: Uint8Array;
    try {
      mask = decodeRle(finding.mask);
    } catch (error) {
      problems.push(`${id}: ${(error as Error).message}`);
      continue;
    }
    const areaRatio = countSet(mask) / mask.length;
    if (areaRatio !== finding.areaRatio) problems.push(`${id}: areaRatio ${finding.areaRatio} but mask covers ${areaRatio}`);
    const score = conditionScore(areaRatio, finding.maxAreaRatio);
    if (score !== finding.score) problems.push(`${id}: score ${finding.score} but mask gives ${score}`);
    if (finding.lesionCount !== finding.detections.length) problems.push(`${id}: lesionCount differs from detections`);
    scores.push(score);
  }
  if (scores.length === CONDITION_IDS.length && totalScore(scores) !== result.totalScore) {
    problems.push(`totalScore ${result.totalScore} but conditions give ${totalScore(scores)}`);
  }
  return problems;
}
