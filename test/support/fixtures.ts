import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of this checkout. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared fixtures beside the checkout (`../shared/fixtures`). */
export const FIXTURES_DIR = join(REPO_ROOT, '..', 'shared', 'fixtures');
/** A public-domain NASA portrait: a frontal face with clear skin. */
export const ASTRONAUT_PNG = join(FIXTURES_DIR, 'astronaut.png');
/** A cat: no human face. */
export const CHELSEA_PNG = join(FIXTURES_DIR, 'chelsea.png');

/** Reads a fixture's bytes. */
export async function fixtureBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}
