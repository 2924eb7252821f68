import type { Tensor } from 'onnxruntime-common';
import type { LoadedModel } from './load-model';
import type { OnnxRuntime } from './onnx-runtime';
import { PipelineError } from './pipeline-error';

/** Raw YOLO outputs of one run, read back to the CPU. */
export interface RawOutputs {
  output0: { data: Float32Array; dims: readonly number[] };
  output1?: { data: Float32Array; dims: readonly number[] };
  ms: number;
}

async function readTensor(tensor: Tensor | undefined, name: string, modelId: string): Promise<{ data: Float32Array; dims: readonly number[] }> {
  if (!tensor || tensor.type !== 'float32') throw new PipelineError('INFERENCE_FAILED', `no float32 ${name} in the outputs`, modelId);
  // getData() downloads GPU-resident tensors; CPU tensors resolve immediately.
  const data = (await tensor.getData()) as Float32Array;
  return { data, dims: tensor.dims };
}

/** Runs a model on a preprocessed NCHW input and returns its outputs and wall time in ms. */
export async function runModel(runtime: OnnxRuntime, model: LoadedModel, input: Float32Array): Promise<RawOutputs> {
  const size = model.contract.imgsz;
  const feeds = { images: runtime.createTensor(input, [1, 3, size, size]) };
  const started = performance.now();
  let results: Record<string, Tensor>;
  try {
    results = (await model.session.run(feeds)) as Record<string, Tensor>;
  } catch (error) {
    throw new PipelineError('INFERENCE_FAILED', (error as Error).message, model.entry.id);
  }
  const output0 = await readTensor(results.output0, 'output0', model.entry.id);
  const output1 = model.contract.task === 'segment' ? await readTensor(results.output1, 'output1', model.entry.id) : undefined;
  const ms = performance.now() - started;
  for (const t of Object.values(results)) t.dispose();
  return output1 ? { output0, output1, ms } : { output0, ms };
}
