import type { Layout } from '../result/result-schema';
import type { FaceGeometry, Point } from './face-geometry';
import { faceGeometry } from './face-geometry';
import type { ZoneId } from './zone-ids';
import { ZONE_IDS } from './zone-ids';

/**
 * Proportions of the skin region in inter-ocular distances (d), from average adult facial
 * anthropometry (Farkas: eye-to-mouth ≈ 1.1 d, face width ≈ 2.2 d, brow-to-hairline ≈ 0.9 d).
 * The forehead is cut below the usual hairline so fringes rarely count as skin.
 */
const SKIN = {
  /** Top of the region above the eye line: a fringe often comes down to 1 d, so stop short of it. */
  top: 0.9,
  /** Bottom of the region below the mouth line, in eye-to-mouth distances (chin tip ≈ 0.75). */
  bottom: 0.62,
  /** Half width of the region at its widest, in d (cheek to cheek, inside the face outline). */
  halfWidth: 0.98,
  /** Eye openings with their lid margins: half width and half height around each eye landmark. */
  eye: [0.3, 0.2],
  /** Brows: centre above the eye, half width, half height. */
  brow: [0.3, 0.32, 0.12],
  /**
   * Lips, open in a smile: height above the mouth corners' line, height below it, and the half
   * width beyond the corners. Smiling raises the corners, and an open mouth drops the lower lip
   * (its own height ≈ 0.14 d, Farkas) by the opening: its lower edge hangs up to ≈ 0.3 d below
   * the corners' line, so the hole is deeper below than above.
   */
  lips: { above: 0.22, below: 0.35, widen: 0.15 },
  /** Nostrils: centre below the nose tip, half width, half height. */
  nostrils: [0.1, 0.24, 0.11],
} as const;

/** Zone boundaries in d: brow line (forehead above), eye surround, nose half width, chin below the mouth. */
const ZONES = { foreheadBelowEyes: -0.44, periocular: [0.55, 0.33], noseHalfWidth: 0.2, noseTop: 0.05, noseBelowTip: 0.14, chinHalfWidth: 0.6 } as const;

/** An axis-aligned ellipse in crop fractions; `ryBelow` (when given) is its half height below the centre. */
interface Ellipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  ryBelow?: number;
}

function inEllipse(x: number, y: number, e: Ellipse): boolean {
  const dx = (x - e.cx) / e.rx;
  const dy = (y - e.cy) / (y > e.cy ? (e.ryBelow ?? e.ry) : e.ry);
  return dx * dx + dy * dy <= 1;
}

function ellipse(c: Point, rx: number, ry: number, ryBelow?: number): Ellipse {
  return { cx: c[0], cy: c[1], rx, ry, ...(ryBelow === undefined ? {} : { ryBelow }) };
}

/** The nose's centre line: from the eye midpoint to the nose tip, x at height y. */
function noseX(f: FaceGeometry, y: number): number {
  const t = (y - f.eyes[1]) / (f.nose[1] - f.eyes[1] || 1);
  return f.eyes[0] + Math.min(1, Math.max(0, t)) * (f.nose[0] - f.eyes[0]);
}

/**
 * A turned head foreshortens the IOD but not the eye-to-mouth height (about 1.1 IOD): the face's
 * own unit is the larger of the two.
 */
function faceUnit(f: FaceGeometry): number {
  return Math.max(f.iod, (f.mouth[1] - f.eyes[1]) / 1.1);
}

/**
 * Where the face outline is centred across: on the midline for a frontal face; turned by yaw θ
 * the midline moves towards the turn while the outline stays, so the near cheek shows more.
 * The nose tip stands about 0.55 IOD proud, so its offset from the midline is 0.55·tan θ IOD.
 */
function outlineCentreX(f: FaceGeometry, unit: number, halfWidth: number): number {
  const midline = (f.eyes[0] + f.mouth[0]) / 2;
  const offset = (f.nose[0] - midline) / unit;
  const yaw = Math.atan(offset / 0.55);
  // Half the full shift: the far cheek's silhouette hides behind the nose before the outline moves.
  return midline - 0.5 * halfWidth * Math.sin(yaw);
}

/** The skin region of a face: inside the outline, outside every hole (eyes, brows, lips, nostrils). */
function skinShape(f: FaceGeometry): { outline: Ellipse; holes: Ellipse[] } {
  const d = faceUnit(f);
  const top = f.eyes[1] - SKIN.top * d;
  const bottom = f.mouth[1] + SKIN.bottom * (f.mouth[1] - f.eyes[1]);
  const halfWidth = SKIN.halfWidth * d;
  const outline = ellipse([outlineCentreX(f, d, halfWidth), (top + bottom) / 2], halfWidth, (bottom - top) / 2);
  const holes = [f.rightEye, f.leftEye].flatMap((eye) => [
    ellipse(eye, SKIN.eye[0] * d, SKIN.eye[1] * d),
    ellipse([eye[0], eye[1] - SKIN.brow[0] * d], SKIN.brow[1] * d, SKIN.brow[2] * d),
  ]);
  holes.push(ellipse(f.mouth, f.mouthHalfWidth + SKIN.lips.widen * d, SKIN.lips.above * d, SKIN.lips.below * d));
  holes.push(ellipse([f.nose[0], f.nose[1] + SKIN.nostrils[0] * d], SKIN.nostrils[1] * d, SKIN.nostrils[2] * d));
  return { outline, holes };
}

/** The zone boundaries of a face, in crop fractions. */
function zoneShape(f: FaceGeometry): { periocular: Ellipse[]; foreheadY: number; noseHalfWidth: number; noseTop: number; noseBottom: number; chinHalfWidth: number } {
  const d = faceUnit(f);
  const [px, py] = ZONES.periocular;
  return {
    periocular: [ellipse(f.rightEye, px * d, py * d), ellipse(f.leftEye, px * d, py * d)],
    foreheadY: f.eyes[1] + ZONES.foreheadBelowEyes * d,
    noseHalfWidth: ZONES.noseHalfWidth * d,
    noseTop: f.eyes[1] + ZONES.noseTop * d,
    noseBottom: f.nose[1] + ZONES.noseBelowTip * d,
    chinHalfWidth: ZONES.chinHalfWidth * d,
  };
}

function zoneOf(f: FaceGeometry, z: ReturnType<typeof zoneShape>, x: number, y: number, nx: number): ZoneId {
  if (z.periocular.some((e) => inEllipse(x, y, e))) return 'periocular';
  if (y < z.foreheadY) return 'forehead';
  if (Math.abs(x - nx) < z.noseHalfWidth && y > z.noseTop && y < z.noseBottom) return 'nose';
  if (y > f.mouth[1] && Math.abs(x - f.mouth[0]) < z.chinHalfWidth) return 'chin';
  // The person's right cheek is on the image's left.
  return x < nx ? 'rightCheek' : 'leftCheek';
}

/**
 * The skin region and its zones on a `size × size` grid over the crop (cell centres), from the
 * layout's landmarks: 0 outside the skin (background, hair, eyes, brows, lips, nostrils), else
 * 1 + the zone's index in {@link ZONE_IDS}.
 * @example zoneMap(result.layout, MASK_SIZE)[row * MASK_SIZE + col]
 */
export function zoneMap(layout: Layout, size: number): Uint8Array {
  const f = faceGeometry(layout.landmarks);
  // Shapes laid out once per face, not per cell: a 256² grid is 65,536 cells.
  const { outline, holes } = skinShape(f);
  const zones = zoneShape(f);
  const map = new Uint8Array(size * size);
  const zoneCode = new Map(ZONE_IDS.map((id, i) => [id, i + 1]));
  for (let row = 0; row < size; row++) {
    const y = (row + 0.5) / size;
    const nx = noseX(f, y);
    // Only the ellipses whose height spans this row can hold its cells; across, only their width.
    const rowHoles = holes.filter((e) => y >= e.cy - e.ry && y <= e.cy + (e.ryBelow ?? e.ry));
    for (let col = 0; col < size; col++) {
      const x = (col + 0.5) / size;
      if (x < outline.cx - outline.rx || x > outline.cx + outline.rx || !inEllipse(x, y, outline)) continue;
      if (rowHoles.some((e) => x >= e.cx - e.rx && x <= e.cx + e.rx && inEllipse(x, y, e))) continue;
      map[row * size + col] = zoneCode.get(zoneOf(f, zones, x, y, nx)) ?? 0;
    }
  }
  return map;
}
