import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ManifestModel } from '@derma/shared';
import { loadModel, manifestEntryFromOnnx, modelRoleSchema } from '@derma/shared';
import { createNodeRuntime } from '../inference/node-runtime';
import type { ManifestOnDisk } from '../inference/manifest-file';
import { writeManifestFile } from '../inference/manifest-file';
import { CliError } from './cli-error';

export interface AddModelOptions {
  source: string;
  role: string;
  id?: string;
  version?: string;
  maxAreaRatio?: number;
}

/**
 * Adds an Ultralytics ONNX export to the manifest as the model for `role` (a segment model for
 * a condition, a pose model with 5 keypoints for the face): reads its metadata, checks the YOLO
 * contract, loads it on onnxruntime-node, copies it under `models/<role>/` and
 * replaces the role's entry with the file's sha256 and size.
 * @throws CliError explaining why the file is refused; the manifest is then left untouched
 */
export async function addModel(onDisk: ManifestOnDisk, options: AddModelOptions): Promise<ManifestModel> {
  const role = modelRoleSchema.safeParse(options.role);
  if (!role.success) throw new CliError(`--condition must be one of ${modelRoleSchema.options.join(', ')}, got "${options.role}"`, 2);
  const bytes = new Uint8Array(
    await readFile(options.source).catch(() => {
      throw new CliError(`${options.source}: cannot read file`);
    }),
  );
  const name = basename(options.source);
  const previous = onDisk.manifest.models.find((m) => m.role === role.data);
  let entry: ManifestModel;
  try {
    entry = await manifestEntryFromOnnx(bytes, {
      role: role.data,
      file: `${role.data}/${name}`,
      id: options.id ?? `${role.data}-${name.replace(/\.onnx$/i, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}`,
      version: options.version,
      maxAreaRatio: options.maxAreaRatio ?? previous?.maxAreaRatio,
      cropScale: previous?.cropScale,
    });
    const model = await loadModel(createNodeRuntime({ threads: 1 }), entry, bytes);
    await model.session.release();
  } catch (error) {
    throw new CliError(`${options.source} refused: ${(error as Error).message}`);
  }
  const target = join(dirname(onDisk.path), entry.file);
  await mkdir(dirname(target), { recursive: true });
  await copyFile(options.source, target);
  const models = onDisk.manifest.models.filter((m) => m.role !== entry.role);
  await writeManifestFile(onDisk.path, { ...onDisk.manifest, models: [...models, entry] });
  return entry;
}
