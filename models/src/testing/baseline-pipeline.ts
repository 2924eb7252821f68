import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { loadPipeline, manifestSchema } from '@derma/shared';
import type { OnnxRuntime, Pipeline } from '@derma/shared';

/** The models/ directory, where manifest.json and baseline/*.onnx live. */
export const MODELS_DIR = join(import.meta.dirname, '..', '..');

/** onnxruntime-node on the CPU, as the shared pipeline takes it (tests only). */
export function nodeRuntime(): OnnxRuntime {
  return {
    backend: { runtime: 'onnxruntime-node', executionProvider: 'cpu', threads: 1, location: 'server' },
    createSession: (model) => ort.InferenceSession.create(model, { executionProviders: ['cpu'] }),
    createTensor: (data, dims) => new ort.Tensor('float32', data, dims),
  };
}

/** Loads the shared pipeline on the committed models/manifest.json and baseline models. */
export async function loadBaselinePipeline(): Promise<Pipeline> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(join(MODELS_DIR, 'manifest.json'), 'utf8')));
  return loadPipeline({
    manifest,
    runtime: nodeRuntime(),
    readFile: async (file) => new Uint8Array(await readFile(join(MODELS_DIR, file))),
  });
}

