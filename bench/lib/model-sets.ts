import type { Manifest } from '@derma/shared';
import { readManifestFile } from '@derma/api/inference';
import { yolov8ModelSet } from '@derma/models/yolov8';

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
