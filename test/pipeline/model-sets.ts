import type { Manifest, ModelRole } from '@derma/shared';
import { manifestSchema } from '@derma/shared';
import { readManifestFile } from '@derma/api/inference';
import type { VariantKind } from '@derma/api/optimize';
import { optimizedSet } from '@derma/api/optimize';
import { yolov8ModelSet as generatedSet } from '@derma/models/yolov8';

/** A manifest and how to read the files it names; `variants` are the files the pipeline loads instead of the main ones. */
export interface ModelSet {
  name: string;
  manifest: Manifest;
  readFile: (file: string) => Promise<Uint8Array>;
  variants?: Partial<Record<ModelRole, string>>;
}

/** The shipped models of `models/manifest.json`: the wrapped YuNet face model and the baselines. */
export async function baselineModelSet(): Promise<ModelSet> {
  const { manifest, readFile } = await readManifestFile();
  return { name: 'baseline models', manifest, readFile };
}

/**
 * Architecture-equivalent YOLOv8n graphs (seeded weights), generated on first use. With `face:
 * 'shipped'` the face model is the trained YuNet instead of the seeded YOLOv8n-pose, whose random
 * landmarks the quality gate rightly refuses on every photo, so the pipeline gets to the skin models.
 */
export async function yolov8ModelSet(imgsz: 320 | 640, face: 'generated' | 'shipped' = 'shipped'): Promise<ModelSet> {
  const generated = await generatedSet(imgsz);
  const name = `architecture-equivalent YOLOv8n @${imgsz}${face === 'shipped' ? ' with the YuNet face model' : ''}`;
  if (face === 'generated') return { name, ...generated };
  const shipped = await readManifestFile();
  const yunet = shipped.manifest.models.find((m) => m.role === 'face');
  if (!yunet) throw new Error('models/manifest.json has no face model');
  const models = generated.manifest.models.map((m) => (m.role === 'face' ? yunet : m));
  const yunetFiles = new Set([yunet.file, ...yunet.variants.map((v) => v.file)]);
  const readFile = (file: string): Promise<Uint8Array> => (yunetFiles.has(file) ? shipped.readFile(file) : generated.readFile(file));
  return { name, manifest: manifestSchema.parse({ schemaVersion: 1, models }), readFile };
}

/** The same set with every model's `kind` variant chosen (listed, or written in memory as `derma models optimize` writes it). */
export async function optimizedModelSet(set: ModelSet, kind: VariantKind): Promise<ModelSet> {
  return { name: `${set.name}, ${kind} variants`, ...(await optimizedSet(set, kind)) };
}
