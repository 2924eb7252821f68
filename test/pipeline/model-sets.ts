import type { Manifest } from '@derma/shared';
import { readManifestFile } from '@derma/api/inference';
import { yolov8ModelSet as generatedSet } from '@derma/models/yolov8';

/** A manifest and how to read the files it names. */
export interface ModelSet {
  name: string;
  manifest: Manifest;
  readFile: (file: string) => Promise<Uint8Array>;
}

/** The shipped baseline models of `models/manifest.json`. */
export async function baselineModelSet(): Promise<ModelSet> {
  const { manifest, readFile } = await readManifestFile();
  return { name: 'baseline models', manifest, readFile };
}

/** Architecture-equivalent YOLOv8n graphs (seeded weights), generated on first use. */
export async function yolov8ModelSet(imgsz: 320 | 640): Promise<ModelSet> {
  return { name: `architecture-equivalent YOLOv8n @${imgsz}`, ...(await generatedSet(imgsz)) };
}
