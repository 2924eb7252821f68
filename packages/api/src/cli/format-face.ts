import type { DiagnosisResult, Face } from '@derma/shared';
import { CONDITION_IDS, CONDITIONS, ZONE_IDS, ZONE_LABELS } from '@derma/shared';

/** What each notice of the quality gate means, for the terminal. */
const NOTICE_TEXT: Record<NonNullable<DiagnosisResult['notices']>[number], string> = {
  LARGEST_FACE: 'several faces were seen; the largest was analysed',
};

const ZONE_WIDTH = 18;
const CELL_WIDTH = 20;

/** The face line's detail: confidence, the five landmarks in whole image pixels, the roll angle. */
export function formatFace(face: Face, angle: number | undefined): string {
  const points = face.landmarks?.map(([x, y]) => `(${Math.round(x)}, ${Math.round(y)})`).join(' ');
  return [`face ${face.confidence.toFixed(2)}`, points && `landmarks ${points}`, angle !== undefined && `roll ${angle.toFixed(1)}°`].filter(Boolean).join('  ');
}

/** One line per notice of the quality gate; none for a result without notices. */
export function formatNotices(result: DiagnosisResult): string[] {
  return (result.notices ?? []).map((n) => `notice ${n}: ${NOTICE_TEXT[n]}`);
}

/**
 * The per-zone table of a version 2 result: a row per zone, a column per condition with its
 * count and coverage of the zone; nothing for a version 1 result.
 * @example formatZones(result) // ['zones from detected landmarks: …', 'zone  Acne …', 'chin  4  12.3% …', …]
 */
export function formatZones(result: DiagnosisResult): string[] {
  if (!result.layout || CONDITION_IDS.some((id) => !result.findings[id].zones)) return [];
  const title = `zones from ${result.layout.source} landmarks: findings (n) and coverage (%) of each zone`;
  const header = `${'zone'.padEnd(ZONE_WIDTH)}${CONDITION_IDS.map((id) => CONDITIONS[id].label.en.padStart(CELL_WIDTH)).join('')}`;
  const rows = ZONE_IDS.map((zone) => {
    const cells = CONDITION_IDS.map((id) => {
      const z = result.findings[id].zones?.[zone];
      return (z ? `${z.count}  ${`${(z.coverage * 100).toFixed(1)}%`.padStart(6)}` : '-').padStart(CELL_WIDTH);
    });
    return `${ZONE_LABELS[zone].en.padEnd(ZONE_WIDTH)}${cells.join('')}`;
  });
  return [title, header, ...rows];
}
