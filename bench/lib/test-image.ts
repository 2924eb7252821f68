import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RgbaImage } from '@derma/shared';
import { decodeImage } from '@derma/api/inference';
import { skinImage } from '@derma/models/testing';

/** Root of this checkout. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared fixtures and photos beside the checkout, when there are some. */
export const SHARED_DIR = join(REPO_ROOT, '..', 'shared');

/** The shared portrait fixture. */
export const PORTRAIT = join(SHARED_DIR, 'fixtures', 'astronaut.png');

/** The image every pipeline benchmark analyses, and where it came from. */
export interface BenchImage {
  source: string;
  image: RgbaImage;
  /** Whether it shows a face the quality gate passes; if not, the pipelines analyse the centre square. */
  face: boolean;
}

/**
 * A 512×512 frontal portrait when the shared fixture exists, else a seeded 1024×1024 synthetic
 * skin image (a fresh clone has no fixtures): no face, so the quality gate would refuse it and the
 * benchmarks run it as a guide-aligned photo (centre square, no face model). Either way the same
 * pixels on every runtime.
 */
export async function benchImage(): Promise<BenchImage> {
  if (existsSync(PORTRAIT)) return { source: 'astronaut.png (512×512 portrait)', image: await decodeImage(new Uint8Array(await readFile(PORTRAIT))), face: true };
  return { source: 'synthetic skin 1024×1024, seed 7, no face: centre square', image: skinImage({ width: 1024, height: 1024, seed: 7 }), face: false };
}
