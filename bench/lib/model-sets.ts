import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Manifest, ManifestModel } from '@derma/shared';
import { manifestSchema } from '@derma/shared';
import { DEFAULT_MANIFEST_PATH, readManifestFile } from '@derma/api/inference';
import type { VariantKind } from '@derma/api/optimize';
import { optimizedSet } from '@derma/api/optimize';
import { GENERATED_DIR, yolov8ModelSet } from '@derma/models/yolov8';

/** The model sets the pipeline benchmarks run on. */
export type ModelSetName = 'yolov8n-640' | 'yolov8n-320' | 'baseline';

/** A manifest and how to read the files it names. */
export interface ModelSet {
  name: ModelSetName;
  manifest: Manifest;
  readFile: (file: string) => Promise<Uint8Array>;
}

/** The shipped face model of `models/manifest.json` (the wrapped YuNet) and the reader of its files. */
async function shippedFace(): Promise<{ face: ManifestModel; readFile: ModelSet['readFile'] }> {
  const shipped = await readManifestFile();
  const face = shipped.manifest.models.find((m) => m.role === 'face');
  if (!face) throw new Error('models/manifest.json has no face model');
  return { face, readFile: shipped.readFile };
}

/**
 * Loads one named set: the shipped models of `models/manifest.json` (the YuNet face model and the
 * baseline skin models), or the architecture-equivalent YOLOv8n seg graphs at 640 or 320
 * (generated and cached on first use) with the shipped YuNet face model: the generated pose
 * face's seeded landmarks make the quality gate refuse every photo, as in test/pipeline/model-sets.ts.
 */
export async function loadModelSet(name: ModelSetName): Promise<ModelSet> {
  if (name === 'baseline') {
    const { manifest, readFile } = await readManifestFile();
    return { name, manifest, readFile };
  }
  const generated = await yolov8ModelSet(name === 'yolov8n-640' ? 640 : 320);
  const { face, readFile: readShipped } = await shippedFace();
  const faceFiles = new Set([face.file, ...face.variants.map((v) => v.file)]);
  const models = generated.manifest.models.map((m) => (m.role === 'face' ? face : m));
  const readFile = (file: string): Promise<Uint8Array> => (faceFiles.has(file) ? readShipped(file) : generated.readFile(file));
  return { name, manifest: manifestSchema.parse({ schemaVersion: 1, models }), readFile };
}

/**
 * Bytes of every model file of a set, as the app would download them: the main files, or with
 * `kind` each model's fp16 or int8 variant (listed, or written as `derma models optimize` writes it).
 */
export async function modelFiles(set: ModelSet, kind?: VariantKind): Promise<Uint8Array[]> {
  if (!kind) return Promise.all(set.manifest.models.map((m) => set.readFile(m.file)));
  const light = await optimizedSet(set, kind);
  return Promise.all(light.manifest.models.map((m) => light.readFile(m.variants.find((v) => v.id === light.variants[m.role])?.file ?? m.file)));
}

/**
 * A manifest file for a set, for what reads models from disk (the server's inference pool):
 * `models/manifest.json`, or one written beside the generated YOLOv8n graphs, with a copy of the
 * shipped face model's files so that every file it names lies under its folder.
 */
export async function manifestPathOf(name: ModelSetName): Promise<string> {
  if (name === 'baseline') return DEFAULT_MANIFEST_PATH;
  const { manifest } = await loadModelSet(name);
  const modelsDir = dirname(DEFAULT_MANIFEST_PATH);
  for (const face of manifest.models.filter((m) => m.role === 'face')) {
    for (const file of [face.file, ...face.variants.map((v) => v.file)]) {
      await mkdir(dirname(join(GENERATED_DIR, file)), { recursive: true });
      await copyFile(join(modelsDir, file), join(GENERATED_DIR, file));
    }
  }
  const path = join(GENERATED_DIR, `manifest-${name}.json`);
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}
