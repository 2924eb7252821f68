import type { ZoneTint } from './zone-summary';

/** Opacity of a zone's tint at full weight, and of a clear zone. */
const ALPHA = { full: 0.55, clear: 0.14 } as const;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function isEdge(map: Uint8Array, size: number, i: number): boolean {
  const value = map[i];
  const col = i % size;
  return (col + 1 < size && map[i + 1] !== value) || (i + size < map.length && map[i + size] !== value) || (col > 0 && map[i - 1] !== value) || (i >= size && map[i - size] !== value);
}

/**
 * RGBA pixels (`size`², transparent outside the skin) of a zone map (`zoneMap`: 0 = not skin,
 * 1 + zone index), each zone in its tint, its borders white.
 * @param tints by zone index (the map's value − 1)
 */
export function zoneLayerPixels(map: Uint8Array, size: number, tints: readonly ZoneTint[]): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(size * size * 4);
  const colours = tints.map((t) => [...rgb(t.color), Math.round(255 * (t.weight > 0 ? ALPHA.clear + (ALPHA.full - ALPHA.clear) * t.weight : ALPHA.clear))]);
  for (let i = 0; i < map.length; i++) {
    const zone = map[i] ?? 0;
    if (zone === 0) continue;
    const colour = isEdge(map, size, i) ? [255, 255, 255, 230] : colours[zone - 1];
    if (colour) pixels.set(colour, i * 4);
  }
  return pixels;
}

type Step = readonly [number, number, number];
const FORWARD: readonly Step[] = [[0, -1, 1], [-1, 0, 1], [-1, -1, Math.SQRT2], [-1, 1, Math.SQRT2]];
const BACKWARD: readonly Step[] = FORWARD.map(([dr, dc, cost]) => [-dr, -dc, cost] as const);

function relax(map: Uint8Array, depth: Float32Array, size: number, row: number, col: number, steps: readonly Step[]): void {
  const i = row * size + col;
  let d = depth[i] ?? 0;
  for (const [dr, dc, cost] of steps) {
    const [r, c] = [row + dr, col + dc];
    const same = r >= 0 && c >= 0 && r < size && c < size && map[r * size + c] === map[i];
    d = Math.min(d, (same ? (depth[r * size + c] ?? 0) : 0) + cost);
  }
  depth[i] = d;
}

/** Chamfer distance of every cell to the nearest cell of another value or the grid's edge. */
function depthMap(map: Uint8Array, size: number): Float32Array {
  const depth = new Float32Array(map.length).fill(Infinity);
  for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) relax(map, depth, size, row, col, FORWARD);
  for (let row = size - 1; row >= 0; row--) for (let col = size - 1; col >= 0; col--) relax(map, depth, size, row, col, BACKWARD);
  return depth;
}

/**
 * Where to put each zone's number on the map: the zone's cell deepest inside it, as `[x, y]`
 * fractions of the side; null for a zone absent from the map. Deepest, not the centroid: the
 * eye surround's centroid lies on the nose.
 */
export function zoneAnchors(map: Uint8Array, size: number, zones: number): ([number, number] | null)[] {
  const depth = depthMap(map, size);
  const best = Array.from({ length: zones }, () => ({ depth: 0, index: -1 }));
  for (let i = 0; i < map.length; i++) {
    const slot = best[(map[i] ?? 0) - 1];
    const d = depth[i] ?? 0;
    if (slot && d > slot.depth) Object.assign(slot, { depth: d, index: i });
  }
  return best.map(({ index }) => (index < 0 ? null : [((index % size) + 0.5) / size, (Math.floor(index / size) + 0.5) / size]));
}
