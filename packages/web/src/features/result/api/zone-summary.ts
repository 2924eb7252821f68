import type { ConditionId, DiagnosisResult, ZoneFinding, ZoneId } from '@derma/shared';
import { CONDITIONS, CONDITION_IDS, ZONE_IDS } from '@derma/shared';

/** Colour of a zone where nothing was found. */
export const CLEAR_ZONE_COLOR = '#94a3b8';
/** Least weight of a zone with at least one finding, however small its coverage. */
const FOUND_FLOOR = 0.15;

/** How a zone is tinted on the face map: the colour of its heaviest condition, stronger with more. */
export interface ZoneTint {
  color: string;
  /** 0..1: 0 when nothing was found, 1 when a condition covers its `maxAreaRatio` of the zone. */
  weight: number;
  condition: ConditionId | null;
}

export interface ZoneRow {
  zone: ZoneId;
  /** 1-based, as the face map numbers the zone. */
  number: number;
  cells: Partial<Record<ConditionId, ZoneFinding>>;
  tint: ZoneTint;
}

/** Per-zone findings of a result, in display order. */
export interface ZoneSummary {
  source: 'detected' | 'guide';
  rows: ZoneRow[];
}

function tintOf(cells: Partial<Record<ConditionId, ZoneFinding>>, result: DiagnosisResult): ZoneTint {
  let tint: ZoneTint = { color: CLEAR_ZONE_COLOR, weight: 0, condition: null };
  for (const id of CONDITION_IDS) {
    const cell = cells[id];
    const max = result.findings[id]?.maxAreaRatio;
    if (!cell || !max || cell.count + cell.coverage === 0) continue;
    const weight = Math.max(FOUND_FLOOR, Math.min(1, cell.coverage / max));
    if (weight > tint.weight) tint = { color: CONDITIONS[id].color, weight, condition: id };
  }
  return tint;
}

/**
 * The zone-by-zone view of a result: per zone, each condition's count and coverage and the
 * zone's tint. Null for a version 1 result (no layout or no per-zone findings): it shows
 * nothing zone-related.
 */
export function zoneSummary(result: DiagnosisResult): ZoneSummary | null {
  const findings = CONDITION_IDS.flatMap((id) => {
    const f = result.findings[id];
    return f ? [[id, f] as const] : [];
  });
  if (!result.layout || findings.length === 0 || findings.some(([, f]) => !f.zones)) return null;
  const rows = ZONE_IDS.map((zone, i): ZoneRow => {
    const cells: Partial<Record<ConditionId, ZoneFinding>> = {};
    for (const [id, f] of findings) {
      const cell = f.zones?.[zone];
      if (cell) cells[id] = cell;
    }
    return { zone, number: i + 1, cells, tint: tintOf(cells, result) };
  });
  return { source: result.layout.source, rows };
}
