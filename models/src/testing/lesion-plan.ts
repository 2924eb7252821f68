import type { ConditionId, Layout, Point, ZoneId } from '@derma/shared';
import { MASK_SIZE, ZONE_IDS, faceGeometry, zoneMap } from '@derma/shared';
import { seededRandom } from './prng';

/** `[x1, y1, x2, y2]` as fractions of the crop's side, in the crop frame (as detection boxes). */
export type Box = [number, number, number, number];

/** A synthetic lesion to paint, in crop fractions: a disc (papule, patch) or a line (wrinkle). */
export interface PlannedLesion {
  condition: ConditionId;
  zone: ZoneId;
  centre: Point;
  /** Disc radius, or a line's half width. */
  radius: number;
  /** A line's two ends. */
  ends?: [Point, Point];
  /** Radius (discs) or length (lines) in inter-ocular distances. */
  sizeIod: number;
  /** Blend strength (discs) or darkening (lines), 0..1. */
  contrast: number;
  box: Box;
}

interface Spec {
  zones: readonly ZoneId[];
  /** Size range in inter-ocular distances: disc radius, or line length. */
  size: [number, number];
  contrast: [number, number];
  /** Least skin between two lesions, in inter-ocular distances, so each stays countable. */
  gap: number;
}

/** Where and how big each condition's lesions are, from how they present (issue 13 §1). */
const SPECS: Readonly<Record<ConditionId, Spec>> = {
  acne: { zones: ['forehead', 'leftCheek', 'rightCheek', 'chin', 'nose'], size: [0.03, 0.05], contrast: [0.55, 0.9], gap: 0.08 },
  atopy: { zones: ['leftCheek', 'rightCheek', 'forehead', 'chin'], size: [0.15, 0.3], contrast: [0.45, 0.6], gap: 0.1 },
  wrinkle: { zones: ['forehead', 'periocular', 'rightCheek', 'leftCheek'], size: [0.4, 0.8], contrast: [0.25, 0.4], gap: 0.1 },
};
/** Wrinkle width: 1.5 % of the inter-ocular distance, 1-2.5 image pixels. */
const LINE_WIDTH_IOD = 0.015;

/** Line direction in degrees from the crop's horizontal: forehead lines, crow's feet, nasolabial folds. */
function lineAngle(zone: ZoneId, rand: () => number): number {
  if (zone === 'forehead') return (rand() - 0.5) * 16;
  if (zone === 'periocular') return (rand() - 0.5) * 60;
  const steep = 55 + rand() * 20;
  // The person's right cheek is on the image's left: its fold runs down and to the image's left.
  return zone === 'rightCheek' ? 180 - steep : steep;
}

function shape(condition: ConditionId, zone: ZoneId, centre: Point, iod: number, cropSize: number, rand: () => number): Omit<PlannedLesion, 'box'> {
  const spec = SPECS[condition];
  const sizeIod = spec.size[0] + rand() * (spec.size[1] - spec.size[0]);
  const contrast = spec.contrast[0] + rand() * (spec.contrast[1] - spec.contrast[0]);
  if (condition !== 'wrinkle') return { condition, zone, centre, radius: sizeIod * iod, sizeIod, contrast };
  const half = ((zone === 'periocular' ? 0.6 : 1) * sizeIod * iod) / 2;
  const a = (lineAngle(zone, rand) * Math.PI) / 180;
  const [dx, dy] = [half * Math.cos(a), half * Math.sin(a)];
  const width = Math.min(2.5, Math.max(1, LINE_WIDTH_IOD * iod * cropSize)) / cropSize;
  const ends: [Point, Point] = [[centre[0] - dx, centre[1] - dy], [centre[0] + dx, centre[1] + dy]];
  return { condition, zone, centre, radius: width / 2, ends, sizeIod: sizeIod * (zone === 'periocular' ? 0.6 : 1), contrast };
}

/** Points that stand for a lesion's extent, each with a radius. */
function samples(l: Omit<PlannedLesion, 'box'>): [Point, number][] {
  if (!l.ends) return [[l.centre, l.radius]];
  const [a, b] = l.ends;
  return [0, 0.25, 0.5, 0.75, 1].map((t) => [[a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], l.radius]);
}

function rim(l: Omit<PlannedLesion, 'box'>): Point[] {
  if (l.ends) return [...l.ends, l.centre];
  return Array.from({ length: 8 }, (_, k): Point => [l.centre[0] + 0.9 * l.radius * Math.cos((k * Math.PI) / 4), l.centre[1] + 0.9 * l.radius * Math.sin((k * Math.PI) / 4)]);
}

function boxOf(l: Omit<PlannedLesion, 'box'>): Box {
  const pts = samples(l);
  const xs = pts.flatMap(([p, r]) => [p[0] - r, p[0] + r]);
  const ys = pts.flatMap(([p, r]) => [p[1] - r, p[1] + r]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function clearance(a: Omit<PlannedLesion, 'box'>, b: Omit<PlannedLesion, 'box'>): number {
  let least = Infinity;
  for (const [p, ra] of samples(a)) for (const [q, rb] of samples(b)) least = Math.min(least, Math.hypot(p[0] - q[0], p[1] - q[1]) - ra - rb);
  return least;
}

/**
 * Up to `count` non-overlapping lesions of one condition inside the skin zones of a face, the
 * zones taken in turn so any prefix of the list is spread over them (the dose levels paint
 * prefixes). Fewer come back when the skin has no room left.
 * @param cropSize the crop's side in image pixels, for line widths in pixels
 */
export function planLesions(layout: Layout, cropSize: number, condition: ConditionId, count: number, seed: number): PlannedLesion[] {
  const map = zoneMap(layout, MASK_SIZE);
  const at = (p: Point): number => (p[0] < 0 || p[1] < 0 || p[0] >= 1 || p[1] >= 1 ? 0 : map[Math.floor(p[1] * MASK_SIZE) * MASK_SIZE + Math.floor(p[0] * MASK_SIZE)] ?? 0);
  const { iod } = faceGeometry(layout.landmarks);
  const spec = SPECS[condition];
  const cells = spec.zones.map(() => [] as number[]);
  map.forEach((z, i) => {
    const zone = ZONE_IDS[z - 1];
    if (zone) cells[spec.zones.indexOf(zone)]?.push(i);
  });
  const rand = seededRandom(seed);
  const placed: PlannedLesion[] = [];
  // After 200 misses in a zone the next one is tried; a full round of misses ends the plan.
  for (let misses = 0; placed.length < count && misses < 200 * spec.zones.length; misses++) {
    const k = (placed.length + Math.floor(misses / 200)) % spec.zones.length;
    const [zone, zoneCells] = [spec.zones[k], cells[k] ?? []];
    const cell = zoneCells[Math.floor(rand() * zoneCells.length)];
    if (!zone || cell === undefined) continue;
    const centre: Point = [((cell % MASK_SIZE) + rand()) / MASK_SIZE, (Math.floor(cell / MASK_SIZE) + rand()) / MASK_SIZE];
    const lesion = shape(condition, zone, centre, iod, cropSize, rand);
    if (!rim(lesion).every((p) => at(p) > 0)) continue;
    if (placed.some((other) => clearance(lesion, other) < spec.gap * iod)) continue;
    placed.push({ ...lesion, box: boxOf(lesion) });
    misses = -1;
  }
  return placed;
}
