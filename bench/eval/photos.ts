import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QualityReason, RgbaImage } from '@derma/shared';
import { REPO_ROOT } from '../lib/test-image';
import { decodePhoto } from './image-ops';

/** What a photo is known to show (../shared/evalset/README.md). */
export type PhotoLabel = 'not a face' | 'clear' | 'mild acne';

/** A real photo of the evaluation set, decoded as the app decodes it. */
export interface EvalPhoto {
  name: string;
  label: PhotoLabel;
  image: RgbaImage;
  /** The refusal the quality gate is designed to give this photo, when it has one. */
  expectedRefusal?: QualityReason;
}

const SHARED = join(REPO_ROOT, '..', 'shared');
const FOLDERS: readonly { dir: string; label: PhotoLabel }[] = [
  { dir: 'evalset/not-faces', label: 'not a face' },
  { dir: 'evalset/clear-faces', label: 'clear' },
  { dir: 'evalset/acne', label: 'mild acne' },
];
const FIXTURES: readonly { file: string; label: PhotoLabel }[] = [
  { file: 'fixtures/astronaut.png', label: 'clear' },
  { file: 'fixtures/chelsea.png', label: 'not a face' },
];
/**
 * Two people of similar size: the gate leaves the choice of face to the person
 * (`QUALITY_LIMITS.similarFaceRatio`), so refusing is right and no clear-face score is missed.
 */
const EXPECTED_REFUSALS: Readonly<Record<string, QualityReason>> = { fr_two_people: 'MULTIPLE_FACES' };
/** The smoke run's photos: one of each label, small. */
const SMOKE = new Set(['astronaut', 'chelsea', 'acne04_level0_106']);

/** Whether the shared evaluation photos sit beside this checkout (a fresh clone has none). */
export function hasEvalset(): boolean {
  return existsSync(join(SHARED, 'evalset'));
}

function stem(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[a-z]+$/i, '');
}

/** Every labelled photo (or the smoke subset), in a stable order: folder, then name. */
export async function loadPhotos(smoke: boolean): Promise<EvalPhoto[]> {
  const files: { file: string; label: PhotoLabel }[] = [];
  for (const { dir, label } of FOLDERS) {
    const names = (await readdir(join(SHARED, dir))).filter((n) => /\.(png|jpe?g)$/i.test(n)).sort();
    files.push(...names.map((n) => ({ file: `${dir}/${n}`, label })));
  }
  files.push(...FIXTURES);
  const chosen = smoke ? files.filter((f) => SMOKE.has(stem(f.file))) : files;
  return Promise.all(
    chosen.map(async ({ file, label }) => {
      const expectedRefusal = EXPECTED_REFUSALS[stem(file)];
      const image = await decodePhoto(new Uint8Array(await readFile(join(SHARED, file))));
      return { name: stem(file), label, image, ...(expectedRefusal ? { expectedRefusal } : {}) };
    }),
  );
}
