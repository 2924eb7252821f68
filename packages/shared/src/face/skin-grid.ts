import type { DiagnosisResult, Layout, ZoneFinding } from '../result/result-schema';
import { cropToImage } from './crop-transform';
import type { ZoneId } from './zone-ids';
import { ZONE_IDS } from './zone-ids';
import { zoneMap } from './zone-map';

/**
 * The skin zones on a `size × size` grid over the crop (see `zoneMap`), with the cells that fall
 * outside the photo (black padding) taken out of the skin.
 */
export function skinGrid(image: { width: number; height: number }, crop: DiagnosisResult['crop'], layout: Layout, size: number): Uint8Array {
  const grid = zoneMap(layout, size);
  const inPhoto = (point: [number, number]): boolean => {
    const [x, y] = cropToImage(crop, point);
    return x >= 0 && y >= 0 && x < image.width && y < image.height;
  };
  // A crop whose four corners lie in the photo holds every cell centre (it is convex).
  const s = crop.size;
  if ([[0, 0], [s, 0], [0, s], [s, s]].every(([u = 0, v = 0]) => inPhoto([u, v]))) return grid;
  for (let i = 0; i < grid.length; i++) {
    if (grid[i] !== 0 && !inPhoto([(((i % size) + 0.5) / size) * s, ((Math.floor(i / size) + 0.5) / size) * s])) grid[i] = 0;
  }
  return grid;
}

/** Zone (1 + index into ZONE_IDS) of the grid cell under a point given as crop fractions; 0 off the skin. */
export function zoneAt(grid: Uint8Array, size: number, u: number, v: number): number {
  const col = Math.min(size - 1, Math.max(0, Math.floor(u * size)));
  const row = Math.min(size - 1, Math.max(0, Math.floor(v * size)));
  return grid[row * size + col] ?? 0;
}

/**
 * Per-zone findings: detections counted by the zone of their centre (`zones` of each, as
 * returned by {@link zoneAt}), coverage = masked cells of the zone / cells of the zone.
 */
export function zoneFindings(grid: Uint8Array, mask: Uint8Array, detectionZones: readonly number[]): Record<ZoneId, ZoneFinding> {
  const cells = new Array<number>(ZONE_IDS.length + 1).fill(0);
  const masked = new Array<number>(ZONE_IDS.length + 1).fill(0);
  for (let i = 0; i < grid.length; i++) {
    const z = grid[i] as number;
    cells[z] = (cells[z] as number) + 1;
    if (mask[i] === 1) masked[z] = (masked[z] as number) + 1;
  }
  const out = {} as Record<ZoneId, ZoneFinding>;
  ZONE_IDS.forEach((id, i) => {
    const z = i + 1;
    const area = cells[z] as number;
    out[id] = { count: detectionZones.filter((d) => d === z).length, coverage: area ? Math.round(((masked[z] as number) / area) * 1e4) / 1e4 : 0 };
  });
  return out;
}
