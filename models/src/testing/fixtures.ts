import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The shared folder beside the checkout (`../shared`): fixtures, evaluation photos, original models. */
export const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared');

/** The repository's shared test fixtures (see its README for provenance). */
const FIXTURES = process.env.DERMA_FIXTURES ?? join(SHARED_DIR, 'fixtures');

/** 512x512 frontal portrait with clear skin (NASA, public domain). */
export const ASTRONAUT = join(FIXTURES, 'astronaut.png');
/** 451x300 photo of a cat: no human face. */
export const CHELSEA = join(FIXTURES, 'chelsea.png');

/** The original YuNet .onnx files (Apache-2.0; see their SOURCE.md). */
export const YUNET_SOURCE_DIR = join(SHARED_DIR, 'models', 'yunet');

/**
 * The photos of one folder of `../shared/evalset` (`clear-faces`, `acne`, `not-faces`), sorted;
 * see its README for what each holds and its licence.
 */
export function evalPhotos(folder: 'clear-faces' | 'acne' | 'not-faces'): string[] {
  const dir = join(SHARED_DIR, 'evalset', folder);
  return readdirSync(dir)
    .filter((f) => /\.(png|jpe?g)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}
