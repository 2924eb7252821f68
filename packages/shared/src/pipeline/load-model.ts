import type { InferenceSession } from 'onnxruntime-common';
import type { ManifestModel } from '../manifest/manifest-schema';
import { readOnnxModelInfo } from '../onnx/onnx-model-info';
import type { ModelContract } from './model-contract';
import { validateModelContract } from './model-contract';
import type { OnnxRuntime } from './onnx-runtime';
import { PipelineError } from './pipeline-error';
import { sha256Hex } from './sha256';

/** A model verified against its manifest entry and ready to run. */
export interface LoadedModel {
  entry: ManifestModel;
  /** The file actually loaded: the main one or a variant. */
  file: string;
  sha256: string;
  contract: ModelContract;
  session: InferenceSession;
}

/** Which file of an entry to load; `undefined` picks the main file. */
export function modelFile(entry: ManifestModel, variantId?: string): { file: string; sha256: string; bytes: number; imgsz: number } {
  if (variantId === undefined) return entry;
  const variant = entry.variants.find((v) => v.id === variantId);
  if (!variant) throw new PipelineError('MODEL_MISSING', `no variant "${variantId}"`, entry.id);
  return variant;
}

/**
 * Verifies a model file (size, sha256, YOLO contract, manifest agreement) and creates its
 * inference session. Hashing comes first so a corrupted or substituted file never reaches the
 * runtime.
 * @throws PipelineError MODEL_HASH_MISMATCH or MODEL_INVALID naming the model.
 */
export async function loadModel(runtime: OnnxRuntime, entry: ManifestModel, bytes: Uint8Array, variantId?: string): Promise<LoadedModel> {
  const wanted = modelFile(entry, variantId);
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== wanted.sha256 || bytes.length !== wanted.bytes) {
    throw new PipelineError('MODEL_HASH_MISMATCH', `${wanted.file} has sha256 ${sha256} (${bytes.length} bytes), manifest says ${wanted.sha256} (${wanted.bytes} bytes)`, entry.id);
  }
  let info;
  try {
    info = readOnnxModelInfo(bytes);
  } catch (error) {
    throw new PipelineError('MODEL_INVALID', `${wanted.file} is not a readable ONNX file: ${(error as Error).message}`, entry.id);
  }
  const contract = validateModelContract(entry, info, wanted.imgsz);
  let session: InferenceSession;
  try {
    session = await runtime.createSession(bytes);
  } catch (error) {
    throw new PipelineError('MODEL_INVALID', `the runtime cannot load ${wanted.file}: ${(error as Error).message}`, entry.id);
  }
  return { entry, file: wanted.file, sha256, contract, session };
}
