import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Candidate, LoadedModel, ManifestModel, RgbaImage } from '@derma/shared';
import { decodeCandidates, loadModel, manifestSchema, nonMaxSuppression, preprocess, runModel } from '@derma/shared';
import { MODELS_DIR, nodeRuntime } from '../testing/baseline-pipeline';

/** The committed face entry of models/manifest.json. */
export function committedFaceEntry(): ManifestModel {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')));
  const face = manifest.models.find((m) => m.role === 'face');
  if (!face) throw new Error('manifest.json has no face model');
  return face;
}

/** Loads a committed face file (the main one or a variant) through the pipeline's verified loader. */
export async function loadFaceFile(entry: ManifestModel, variantId?: string): Promise<LoadedModel> {
  const file = variantId === undefined ? entry.file : entry.variants.find((v) => v.id === variantId)?.file;
  if (file === undefined) throw new Error(`no variant ${variantId}`);
  return loadModel(nodeRuntime(), entry, new Uint8Array(readFileSync(join(MODELS_DIR, file))), variantId);
}

/** The whole photo letterboxed to the model's input, as the face stage does. */
export function wholePhotoInput(image: RgbaImage, imgsz: number): Float32Array {
  return preprocess(image, { x: 0, y: 0, width: image.width, height: image.height }, imgsz).data;
}

/**
 * Runs a loaded pose model on a prepared input and applies `conf` and the entry's NMS, reading
 * `kptShape` from the validated contract: what the pipeline's keptDetections does.
 */
export async function poseDetections(model: LoadedModel, input: Float32Array, conf: number): Promise<Candidate[]> {
  const { output0 } = await runModel(nodeRuntime(), model, input);
  const [k, d] = model.contract.kptShape ?? [0, 0];
  const candidates = decodeCandidates(output0.data, output0.dims, model.contract.names.length, 0, conf, k * d);
  return nonMaxSuppression(candidates, model.entry.iou, model.entry.maxDet);
}
