import type { Detection, Layout, ZoneId } from '@derma/shared';
import { MASK_SIZE, ZONE_IDS, zoneAt, zoneMap } from '@derma/shared';
import type { Box, PlannedLesion } from '../../models/src/testing/lesion-plan';

/** Hits and misses of one condition in one zone (or summed over several). */
export interface MatchCounts {
  /** Painted lesions, and those at least one detection hit. */
  lesions: number;
  found: number;
  /** Detections with their centre on skin, and those that hit a painted lesion. */
  detections: number;
  hits: number;
}

/** A detection hits a lesion at IoU ≥ 0.3 (issue 13 §1), or when a centre lies inside the other box. */
const MIN_IOU = 0.3;
/** A box this many times the lesion's area does not hit it only by holding its centre: it outlines far more. */
const MAX_HOLDING_AREA = 4;

function area(r: Box): number {
  return (r[2] - r[0]) * (r[3] - r[1]);
}

function iou(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  return (w * h) / (area(a) + area(b) - w * h || 1);
}

function holdsCentre(outer: Box, inner: Box): boolean {
  const [cx, cy] = [(inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2];
  return cx >= outer[0] && cx <= outer[2] && cy >= outer[1] && cy <= outer[3];
}

/** Whether a detection box and a painted lesion's box are the same finding. */
export function hits(detection: Box, lesion: Box): boolean {
  if (iou(detection, lesion) >= MIN_IOU || holdsCentre(lesion, detection)) return true;
  return holdsCentre(detection, lesion) && area(detection) <= MAX_HOLDING_AREA * area(lesion);
}

/** An empty tally per zone. */
export function emptyCounts(): Record<ZoneId, MatchCounts> {
  return Object.fromEntries(ZONE_IDS.map((z) => [z, { lesions: 0, found: 0, detections: 0, hits: 0 }])) as Record<ZoneId, MatchCounts>;
}

/** The skin zone under a box's centre, or null off the skin (or off the crop). */
function zoneUnder(map: Uint8Array, box: Box): ZoneId | null {
  const [cx, cy] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  if (cx < 0 || cy < 0 || cx >= 1 || cy >= 1) return null;
  return ZONE_IDS[zoneAt(map, MASK_SIZE, cx, cy) - 1] ?? null;
}

/**
 * Tallies one condition's detections on a painted photo against the lesions painted for it, per
 * zone: a lesion counts in the zone of its centre, a detection in the zone under its centre.
 * Recall is found / lesions; precision is hits / detections, where every fragment of one lesion is
 * a hit and everything else new on the skin is a false lesion. What the model already saw on the
 * clean face (`known`, boxes in the same frame) is neither: the clean photo's truth is unknown —
 * an older face's forehead lines are real wrinkles — and the "few false lesions on clear faces"
 * goal counts those. Detections off the skin are left out, as the version 2 pipeline drops them.
 */
export function matchLesions(layout: Layout, lesions: readonly PlannedLesion[], detections: readonly Detection[], known: readonly Box[] = []): Record<ZoneId, MatchCounts> {
  const map = zoneMap(layout, MASK_SIZE);
  const counts = emptyCounts();
  for (const lesion of lesions) {
    counts[lesion.zone].lesions += 1;
    if (detections.some((d) => hits(d.box, lesion.box))) counts[lesion.zone].found += 1;
  }
  for (const d of detections) {
    const zone = zoneUnder(map, d.box);
    if (!zone) continue;
    const hit = lesions.some((l) => hits(d.box, l.box));
    if (!hit && known.some((k) => hits(d.box, k))) continue;
    counts[zone].detections += 1;
    if (hit) counts[zone].hits += 1;
  }
  return counts;
}

/** Sums tallies (over zones, photos or dose levels). */
export function addCounts(...all: MatchCounts[]): MatchCounts {
  return all.reduce((s, c) => ({ lesions: s.lesions + c.lesions, found: s.found + c.found, detections: s.detections + c.detections, hits: s.hits + c.hits }), {
    lesions: 0,
    found: 0,
    detections: 0,
    hits: 0,
  });
}
