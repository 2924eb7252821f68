import type { OnnxRuntime } from '@derma/shared';
import { SESSION_DEFAULTS } from '@derma/shared';
import { InferenceSession, Tensor } from 'onnxruntime-web';

/** Execution providers the browser runtime can run on. */
export type WebExecutionProvider = 'webgpu' | 'wasm';

/**
 * onnxruntime-web as the pipeline's injected runtime, on one execution provider. Call
 * `configureOrt` first so the runtime files and thread count are set.
 */
export function createWebRuntime(executionProvider: WebExecutionProvider, threads: number): OnnxRuntime {
  return {
    backend: { runtime: 'onnxruntime-web', executionProvider, threads, location: 'device' },
    createSession: (model) =>
      InferenceSession.create(model, {
        executionProviders: [executionProvider],
        ...SESSION_DEFAULTS,
      }),
    createTensor: (data, dims) => new Tensor('float32', data, dims),
  };
}
