import { CONDITION_IDS } from '../catalogue/conditions';
import type { ModelRole } from '../catalogue/conditions';
import type { Manifest } from '../manifest/manifest-schema';
import type { LoadedModel } from './load-model';
import { loadModel, modelFile } from './load-model';
import type { OnnxRuntime } from './onnx-runtime';
import { PipelineError } from './pipeline-error';

export interface PipelineOptions {
  manifest: Manifest;
  runtime: OnnxRuntime;
  /** Reads a model file named relative to the manifest (`baseline/acne.onnx`). */
  readFile: (file: string) => Promise<Uint8Array>;
  /** Variant id per role, for devices that need a lighter file. */
  variants?: Partial<Record<ModelRole, string>>;
  /** Skip the face model even when the manifest has one (the user aligned the face by hand). */
  skipFace?: boolean;
}

/** The loaded models of a pipeline, by role. */
export interface PipelineModels {
  face: LoadedModel | null;
  conditions: Record<(typeof CONDITION_IDS)[number], LoadedModel>;
}

/**
 * Loads, verifies and opens every model of the manifest: one per condition (required) and the
 * optional face detector.
 * @throws PipelineError MODEL_MISSING, MODEL_HASH_MISMATCH or MODEL_INVALID.
 */
export async function loadPipelineModels(options: PipelineOptions): Promise<PipelineModels> {
  const load = async (role: ModelRole): Promise<LoadedModel | null> => {
    const entry = options.manifest.models.find((m) => m.role === role);
    if (!entry) return null;
    const variant = options.variants?.[role];
    const { file } = modelFile(entry, variant);
    let bytes: Uint8Array;
    try {
      bytes = await options.readFile(file);
    } catch (error) {
      throw new PipelineError('MODEL_MISSING', `cannot read ${file}: ${(error as Error).message}`, entry.id);
    }
    return loadModel(options.runtime, entry, bytes, variant);
  };
  const face = options.skipFace ? null : await load('face');
  const conditions: Partial<PipelineModels['conditions']> = {};
  for (const id of CONDITION_IDS) {
    const model = await load(id);
    if (!model) throw new PipelineError('MODEL_MISSING', `the manifest has no model for "${id}"`);
    conditions[id] = model;
  }
  return { face, conditions: conditions as PipelineModels['conditions'] };
}
