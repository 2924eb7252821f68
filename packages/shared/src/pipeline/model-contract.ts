import type { ManifestModel } from '../manifest/manifest-schema';
import type { OnnxModelInfo } from '../onnx/onnx-model-info';
import type { UltralyticsMetadata } from '../onnx/model-metadata';
import { parseUltralyticsMetadata } from '../onnx/model-metadata';
import { PipelineError } from './pipeline-error';

/** Number of mask coefficients / prototype channels of ultralytics seg heads. */
export const MASK_CHANNELS = 32;
const FLOAT32 = 1;

/** What the pipeline knows of a model after validating it against the YOLO contract. */
export interface ModelContract {
  task: 'detect' | 'segment' | 'pose';
  names: string[];
  /** Pose only: [K, D] keypoints per box, read from `output0` after the class scores. */
  kptShape?: [number, 2 | 3];
  imgsz: number;
  metadata: UltralyticsMetadata;
}

function dimsMatch(actual: readonly (number | string)[], expected: readonly (number | null)[]): boolean {
  return actual.length === expected.length && expected.every((e, i) => e === null || typeof actual[i] === 'string' || actual[i] === e);
}

function show(dims: readonly (number | string)[]): string {
  return `[${dims.join(', ')}]`;
}

/**
 * Checks a model file against the YOLO export contract (ARCHITECTURE.md, "Model contract") and
 * against its manifest entry: metadata, input `images` float32 [1,3,S,S], `output0`
 * [1, 4+nc(+32 for segment, +K·D for pose), N], and for segment `output1` [1, 32, S/4, S/4].
 * @throws PipelineError MODEL_INVALID naming the model and every problem found.
 */
export function validateModelContract(entry: ManifestModel, info: OnnxModelInfo, imgsz: number): ModelContract {
  let metadata: UltralyticsMetadata;
  try {
    metadata = parseUltralyticsMetadata(info.metadata);
  } catch (error) {
    throw new PipelineError('MODEL_INVALID', `metadata: ${(error as Error).message}`, entry.id);
  }
  const problems: string[] = [];
  const nc = metadata.names.length;
  const nm = metadata.task === 'segment' ? MASK_CHANNELS : 0;
  const [k, d] = metadata.kptShape ?? [0, 0];
  if (metadata.task !== entry.task) problems.push(`task is ${metadata.task}, manifest says ${entry.task}`);
  if (metadata.names.join('|') !== entry.names.join('|')) {
    problems.push(`names are [${metadata.names.join(', ')}], manifest says [${entry.names.join(', ')}]`);
  }
  if (metadata.task === 'pose' && String(metadata.kptShape) !== String(entry.kptShape)) {
    problems.push(`kpt_shape is [${String(metadata.kptShape)}], manifest says ${entry.kptShape ? `[${String(entry.kptShape)}]` : 'none'}`);
  }
  if (metadata.imgsz[0] !== imgsz || metadata.imgsz[1] !== imgsz) problems.push(`imgsz is ${show(metadata.imgsz)}, expected ${imgsz}`);
  const images = info.inputs.find((t) => t.name === 'images');
  if (!images) problems.push(`no input "images" (inputs: ${info.inputs.map((t) => t.name).join(', ') || 'none'})`);
  else if (images.elemType !== FLOAT32 || !dimsMatch(images.dims, [1, 3, imgsz, imgsz])) {
    problems.push(`input images must be float32 [1, 3, ${imgsz}, ${imgsz}], is type ${images.elemType} ${show(images.dims)}`);
  }
  const output0 = info.outputs.find((t) => t.name === 'output0');
  if (!output0) problems.push('no output "output0"');
  else if (!dimsMatch(output0.dims, [1, 4 + nc + nm + k * d, null])) {
    const extra = nm ? ' + 32 mask coefficients' : k ? ` + ${k} keypoints x ${d}` : '';
    problems.push(`output0 must be [1, ${4 + nc + nm + k * d}, N] for ${nc} classes${extra}, is ${show(output0.dims)}`);
  }
  if (metadata.task === 'segment') {
    const output1 = info.outputs.find((t) => t.name === 'output1');
    if (!output1) problems.push('segment model has no output "output1" (protos)');
    else if (!dimsMatch(output1.dims, [1, MASK_CHANNELS, imgsz / 4, imgsz / 4])) {
      problems.push(`output1 must be [1, 32, ${imgsz / 4}, ${imgsz / 4}], is ${show(output1.dims)}`);
    }
  }
  if (problems.length > 0) throw new PipelineError('MODEL_INVALID', problems.join('; '), entry.id);
  const pose = metadata.kptShape ? { kptShape: metadata.kptShape } : {};
  return { task: metadata.task, names: metadata.names, imgsz, metadata, ...pose };
}
