import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RgbaImage } from '@derma/shared';
import { decodeImage } from '../inference/decode-image';

/** A calibration image and what to call it in reports. */
export interface CalibrationImage {
  name: string;
  image: RgbaImage;
}

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp']);

/** Mulberry32: a small seeded generator, so the generated set is the same on every machine. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A face-like test card: a skin-toned oval on a shaded background with darker eyes and mouth,
 * red spots and a few darker lines, plus pixel noise; all from `seed`. Not a face any detector
 * must find: it gives the condition models texture, spots and edges to respond to.
 */
export function syntheticFace(seed: number, size = 480): RgbaImage {
  const rand = seeded(seed);
  const data = new Uint8ClampedArray(size * size * 4);
  const tone = [200 + rand() * 40, 150 + rand() * 40, 120 + rand() * 40];
  const spots = Array.from({ length: 6 + Math.floor(rand() * 20) }, () => ({ x: size * (0.3 + rand() * 0.4), y: size * (0.3 + rand() * 0.45), r: 3 + rand() * 8 }));
  const lines = Array.from({ length: 3 }, () => ({ y: size * (0.25 + rand() * 0.1), tilt: (rand() - 0.5) * 0.2 }));
  const features = [[0.4, 0.42, 0.05, 0.025], [0.6, 0.42, 0.05, 0.025], [0.5, 0.7, 0.09, 0.025]];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = x / size - 0.5;
      const v = y / size - 0.5;
      let c = [90 + 60 * (x / size), 100, 110 + 40 * (y / size)];
      if ((u / 0.32) ** 2 + (v / 0.42) ** 2 < 1) {
        const shade = 1 - 0.15 * (u + 0.5);
        c = tone.map((t) => t * shade);
        if (spots.some((s) => (x - s.x) ** 2 + (y - s.y) ** 2 < s.r * s.r)) c = [c[0] ?? 0, (c[1] ?? 0) * 0.6, (c[2] ?? 0) * 0.6];
        if (lines.some((l) => Math.abs(y - l.y - l.tilt * (x - size / 2)) < 1.2)) c = c.map((k) => k * 0.8);
        if (features.some(([fx = 0, fy = 0, rx = 1, ry = 1]) => ((x / size - fx) / rx) ** 2 + ((y / size - fy) / ry) ** 2 < 1)) c = [70, 45, 40];
      }
      const noise = (rand() - 0.5) * 12;
      data.set([(c[0] ?? 0) + noise, (c[1] ?? 0) + noise, (c[2] ?? 0) + noise, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** `count` synthetic calibration images (seeds 1..count). */
export function syntheticCalibration(count: number): CalibrationImage[] {
  return Array.from({ length: count }, (_, i) => ({ name: `synthetic-${i + 1}`, image: syntheticFace(i + 1) }));
}

/**
 * The JPEG, PNG and WebP photos of the given folders (not recursive; one level of subfolders
 * is read too, as `evalset/acne/`), in name order so reports are stable.
 * @throws Error when a folder cannot be read or holds no image
 */
export async function readCalibrationImages(dirs: readonly string[]): Promise<CalibrationImage[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        for (const inner of await readdir(join(dir, entry.name))) if (IMAGE_EXTENSIONS.has(extname(inner).toLowerCase())) files.push(join(dir, entry.name, inner));
      } else if (IMAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(join(dir, entry.name));
    }
  }
  if (files.length === 0) throw new Error(`no calibration images in ${dirs.join(', ')}`);
  files.sort();
  return Promise.all(files.map(async (file) => ({ name: file, image: await decodeImage(new Uint8Array(await readFile(file))) })));
}
