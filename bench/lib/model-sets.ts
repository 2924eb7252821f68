import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '@derma/shared';
import { DEFAULT_MANIFEST_PATH, readManifestFile } from '@derma/api/inference';
import { GENERATED_DIR, yolov8ModelSet } from '@derma/models/yolov8';

/** The model sets the pipeline benchmarks run on. */
export type ModelSetName = 'yolov8n-640' | 'yolov8n-320' | 'baseline';

/** A manifest and how to read the files it names. */
export interface ModelSet {
  name: ModelSetName;
  manifest: Manifest;
  readFile: (file: string) => Promise<Uint8Array>;
}

/**
 * Loads one named set: the shipped baseline models of `models/manifest.json`, or the
 * architecture-equivalent YOLOv8n graphs at 640 or 320 (generated and cached on first use).
 */
export async function loadModelSet(name: ModelSetName): Promise<ModelSet> {
  if (name === 'baseline') {
    const { manifest, readFile } = await readManifestFile();
    return { name, manifest, readFile };
  }
  const set = await yolov8ModelSet(name === 'yolov8n-640' ? 640 : 320);
  return { name, ...set };
}

/** Bytes of every model file of a set, as the app would download them. */
export async function modelFiles(set: ModelSet): Promise<Uint8Array[]> {
  return Promise.all(set.manifest.models.map((m) => set.readFile(m.file)));
}

/**
 * A manifest file for a set, for what reads models from disk (the server's inference pool):
 * `models/manifest.json`, or one written beside the generated YOLOv8n graphs.
 */
export async function manifestPathOf(name: ModelSetName): Promise<string> {
  if (name === 'baseline') return DEFAULT_MANIFEST_PATH;
  const { manifest } = await loadModelSet(name);
  const path = join(GENERATED_DIR, `manifest-${name}.json`);
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}
