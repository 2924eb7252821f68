import type { DiagnosisResult, Pipeline, RgbaImage as PipelineImage, ZoneId } from '@derma/shared';
import { ZONE_IDS, cropToImage, faceGeometry, imageToCrop, zoneMap } from '@derma/shared';
import { seededRandom } from './prng';
import type { RgbaImage } from './synthetic-image';
import { drawLines, drawPatches, drawSpots } from './synthetic-lesions';

/** What to paint on a real face, sized in inter-ocular distances (IOD) so any photo gets the same lesions. */
export type LesionKind = 'papules' | 'patches' | 'lines';

/** A painted face: the image, each lesion's centre and its half extent (crop fractions of the clean run's crop). */
export interface PaintedFace {
  image: RgbaImage;
  centres: [number, number][];
  /** Half width and half height of each lesion, in crop fractions. */
  reach: [number, number];
}

const SIZE: Record<LesionKind, { iod: number; gap: number; zones: readonly ZoneId[] }> = {
  papules: { iod: 0.04, gap: 0.3, zones: ['forehead', 'leftCheek', 'rightCheek', 'chin'] },
  patches: { iod: 0.2, gap: 0.6, zones: ['leftCheek', 'rightCheek', 'forehead'] },
  lines: { iod: 0.4, gap: 0.25, zones: ['forehead', 'leftCheek', 'rightCheek'] },
};

function layoutOf(result: DiagnosisResult): NonNullable<DiagnosisResult['layout']> {
  if (!result.layout) throw new Error('painting lesions needs a version 2 result with a layout');
  return result.layout;
}

function pickCentres(result: DiagnosisResult, kind: LesionKind, count: number, seed: number): [number, number][] {
  const n = 96;
  const layout = layoutOf(result);
  const zones = zoneMap(layout, n);
  const iod = faceGeometry(layout.landmarks).iod;
  const wanted = new Set(SIZE[kind].zones.map((z) => ZONE_IDS.indexOf(z) + 1));
  const rand = seededRandom(seed);
  const out: [number, number][] = [];
  // Lesions stay inside their zone (a line across, a disc all round) and a gap apart, so each is countable.
  const extent = Math.ceil((kind === 'lines' ? SIZE.lines.iod / 2 : SIZE[kind].iod) * iod * n) + 1;
  const [mx, my] = kind === 'lines' ? [extent, 2] : [extent, extent];
  const zoneAt = (row: number, col: number): number => zones[Math.min(n - 1, Math.max(0, row)) * n + Math.min(n - 1, Math.max(0, col))] ?? 0;
  for (let guard = 0; out.length < count && guard < 20_000; guard++) {
    const [col, row] = [Math.floor(rand() * n), Math.floor(rand() * n)];
    const inside = [-1, 1].every((s) => wanted.has(zoneAt(row, col + s * mx)) && wanted.has(zoneAt(row + s * my, col)));
    if (!wanted.has(zones[row * n + col] ?? 0) || !inside) continue;
    const c: [number, number] = [(col + 0.5) / n, (row + 0.5) / n];
    if (out.every((p) => Math.hypot(p[0] - c[0], p[1] - c[1]) > SIZE[kind].gap * iod)) out.push(c);
  }
  return out;
}

/**
 * Paints `count` lesions of one kind into the skin zones of a real face, at sizes relative to its
 * IOD, where the pipeline's clean run laid its crop and layout. Deterministic for a seed.
 */
export async function paintOnFace(pipeline: Pipeline, photo: RgbaImage, kind: LesionKind, count: number, seed = 11): Promise<PaintedFace> {
  const clean = await pipeline.run(photo as PipelineImage);
  const centres = pickCentres(clean, kind, count, seed);
  const iod = faceGeometry(layoutOf(clean).landmarks).iod;
  const iodPx = iod * clean.crop.size;
  const image: RgbaImage = { width: photo.width, height: photo.height, data: new Uint8ClampedArray(photo.data) };
  const at = ([u, v]: [number, number]): [number, number] => cropToImage(clean.crop, [u * clean.crop.size, v * clean.crop.size]);
  const r = SIZE[kind].iod * iodPx;
  if (kind === 'papules') drawSpots(image, centres.map((c) => ({ x: at(c)[0], y: at(c)[1], radius: r })), [196, 92, 88], 0.7);
  if (kind === 'patches') drawPatches(image, centres.map((c) => ({ x: at(c)[0], y: at(c)[1], radius: r })), 5, [206, 104, 98], 0.55);
  if (kind === 'lines') {
    // Horizontal lines of 0.4 IOD, as forehead lines run.
    const half = (SIZE.lines.iod / 2) * iod;
    const lines = centres.map((c) => {
      const [a, b] = [at([c[0] - half, c[1]]), at([c[0] + half, c[1]])];
      return { x0: a[0], y0: a[1], x1: b[0], y1: b[1], width: Math.max(1.5, 0.02 * iodPx) };
    });
    drawLines(image, lines, 0.35);
  }
  const along = kind === 'lines' ? (SIZE.lines.iod / 2) * iod : SIZE[kind].iod * iod;
  return { image, centres, reach: [along, kind === 'lines' ? 0.01 : along] };
}

/**
 * Share of the painted lesions that some detection box of the finding overlaps (a wrinkle's
 * detections are cells along it, so a box on any part of the line finds it).
 */
export function foundShare(result: DiagnosisResult, condition: 'acne' | 'atopy' | 'wrinkle', painted: Pick<PaintedFace, 'centres' | 'reach'>, cleanCrop: DiagnosisResult['crop']): number {
  const boxes = result.findings[condition]?.detections.map((d) => d.box) ?? [];
  const scale = cleanCrop.size / result.crop.size;
  const [rx, ry] = [painted.reach[0] * scale, painted.reach[1] * scale];
  const found = painted.centres.filter(([u, v]) => {
    const [x, y] = imageToCrop(result.crop, cropToImage(cleanCrop, [u * cleanCrop.size, v * cleanCrop.size])).map((p) => p / result.crop.size) as [number, number];
    return boxes.some((b) => b[0] <= x + rx && x - rx <= b[2] && b[1] <= y + ry && y - ry <= b[3]);
  });
  return painted.centres.length ? found.length / painted.centres.length : 0;
}
