import type { Manifest, ModelRole, ModelVariant } from '@derma/shared';
import { manifestSchema, sha256Hex } from '@derma/shared';
import { readManifestFile } from '@derma/api/inference';
import type { VariantKind } from '@derma/api/optimize';
import { fp16Weights, int8Weights, variantFile } from '@derma/api/optimize';
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
  const readFile = (file: string): Promise<Uint8Array> => (file === yunet.file ? shipped.readFile(file) : generated.readFile(file));
  return { name, manifest: manifestSchema.parse({ schemaVersion: 1, models }), readFile };
}

const TRANSFORMS: Record<VariantKind, (bytes: Uint8Array) => { bytes: Uint8Array; converted: number }> = { fp16: fp16Weights, int8: int8Weights };

/**
 * The same set with every model's `kind` variant chosen: the one its manifest lists, else one
 * written in memory as `derma models optimize` writes it (agreement not measured here); a model
 * the transform cannot shrink (no conv weights for int8) keeps its main file.
 */
export async function optimizedModelSet(set: ModelSet, kind: VariantKind): Promise<ModelSet> {
  const written = new Map<string, Uint8Array>();
  const variants: Partial<Record<ModelRole, string>> = {};
  const models = [];
  for (const entry of set.manifest.models) {
    const listed = entry.variants.find((v) => v.precision === kind);
    if (listed) {
      variants[entry.role] = listed.id;
      models.push(entry);
      continue;
    }
    const { bytes, converted } = TRANSFORMS[kind](await set.readFile(entry.file));
    if (converted === 0) {
      models.push(entry);
      continue;
    }
    const variant: ModelVariant = { id: `${entry.id}-${kind}`, kind, file: variantFile(entry.file, kind), sha256: await sha256Hex(bytes), bytes: bytes.length, imgsz: entry.imgsz, precision: kind };
    written.set(variant.file, bytes);
    variants[entry.role] = variant.id;
    models.push({ ...entry, variants: [...entry.variants, variant] });
  }
  const readFile = async (file: string): Promise<Uint8Array> => written.get(file) ?? set.readFile(file);
  return { name: `${set.name}, ${kind} variants`, manifest: manifestSchema.parse({ schemaVersion: 1, models }), readFile, variants };
}
