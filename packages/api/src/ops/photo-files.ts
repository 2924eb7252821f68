import { createHash } from 'node:crypto';
import { mkdir, readdir, rename } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

// Directories that a restore stages files in; never part of a backup.
export const STAGING_PREFIX = '.restore-';

/**
 * Every regular file under `root`, as sorted paths relative to it with `/` separators; an absent
 * directory has no photos. Symbolic links are not followed.
 */
export async function listPhotos(root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith(STAGING_PREFIX))
    .sort();
}

/** Hex SHA-256 of bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Moves staged photos to their places under `photoDir` (a rename on the same file system, so each
 * photo appears whole or not at all); existing files at those paths are replaced.
 * @param paths archive-relative paths, e.g. `<userId>/<diagnosisId>.jpg`
 */
export async function movePhotosIntoPlace(staging: string, photoDir: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const target = join(photoDir, path);
    await mkdir(dirname(target), { recursive: true, mode: 0o750 });
    await rename(join(staging, path), target);
  }
}
