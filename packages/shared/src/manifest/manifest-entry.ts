import type { ModelRole } from '../catalogue/conditions';
import { parseUltralyticsMetadata } from '../onnx/model-metadata';
import { readOnnxModelInfo } from '../onnx/onnx-model-info';
import { validateModelContract } from '../pipeline/model-contract';
import { sha256Hex } from '../pipeline/sha256';
import type { ManifestModel } from './manifest-schema';
import { FACE_KEYPOINTS, faceKeypointsMessage, manifestModelSchema, taskForRole } from './manifest-schema';

export interface EntryOptions {
  role: ModelRole;
  /** Path of the file relative to the manifest's folder. */
  file: string;
  id: string;
  version?: string;
  maxAreaRatio?: number;
  cropScale?: number;
  baseline?: boolean;
}

/**
 * Builds the manifest entry of an Ultralytics ONNX export from the file itself: task, class
 * names, imgsz and (pose) kpt_shape from its metadata, sha256 and size from its bytes; then checks the YOLO
 * contract against it.
 * @throws Error (or PipelineError MODEL_INVALID) saying why the file does not fit `role`
 */
export async function manifestEntryFromOnnx(bytes: Uint8Array, options: EntryOptions): Promise<ManifestModel> {
  const info = readOnnxModelInfo(bytes);
  const meta = parseUltralyticsMetadata(info.metadata);
  const expectedTask = taskForRole(options.role);
  if (meta.task !== expectedTask) throw new Error(`a ${options.role} model must be a ${expectedTask} model, this is ${meta.task}`);
  const k = meta.kptShape?.[0] ?? 0;
  if (options.role === 'face' && k !== FACE_KEYPOINTS) throw new Error(faceKeypointsMessage(k));
  const entry = manifestModelSchema.parse({
    id: options.id,
    role: options.role,
    task: meta.task,
    file: options.file,
    sha256: await sha256Hex(bytes),
    bytes: bytes.length,
    imgsz: meta.imgsz[0],
    names: meta.names,
    kptShape: meta.kptShape,
    maxAreaRatio: options.maxAreaRatio,
    cropScale: options.cropScale,
    version: options.version ?? (meta.version || '1'),
    baseline: options.baseline ?? false,
    description: meta.description,
  });
  validateModelContract(entry, info, entry.imgsz);
  return entry;
}
