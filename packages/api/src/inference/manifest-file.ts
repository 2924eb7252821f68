import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '@derma/shared';
import { manifestSchema } from '@derma/shared';

/** `models/manifest.json` of this checkout. */
export const DEFAULT_MANIFEST_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../models/manifest.json');

/** A manifest read from disk, with a reader for the model files it names. */
export interface ManifestOnDisk {
  path: string;
  manifest: Manifest;
  readFile: (file: string) => Promise<Uint8Array>;
}

/**
 * Reads and validates a manifest file; model files are resolved relative to its folder.
 * @throws Error naming the file and each invalid field
 */
export async function readManifestFile(path: string = DEFAULT_MANIFEST_PATH): Promise<ManifestOnDisk> {
  const text = await readFile(path, 'utf8');
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${path} is not a valid manifest: ${issues}`);
  }
  const dir = dirname(path);
  return {
    path,
    manifest: parsed.data,
    readFile: async (file) => new Uint8Array(await readFile(resolve(dir, file))),
  };
}

/** Writes a manifest as stable, pretty JSON (two-space indent, trailing newline). */
export async function writeManifestFile(path: string, manifest: Manifest): Promise<void> {
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
