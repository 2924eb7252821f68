import * as ort from 'onnxruntime-web';
import type { OnnxRuntime } from '@derma/shared';
import { SESSION_DEFAULTS } from '@derma/shared';

/**
 * onnxruntime-web's WASM backend running inside Node: the same engine the browser uses, so the
 * contract suite can compare it with onnxruntime-node without a browser.
 * The thread count is process-wide in onnxruntime-web and fixed by the first session.
 */
export function createWasmRuntime(options: { threads?: number } = {}): OnnxRuntime {
  const threads = options.threads ?? 1;
  ort.env.wasm.numThreads = threads;
  return {
    backend: { runtime: 'onnxruntime-web', executionProvider: 'wasm', threads, location: 'device' },
    createSession: (model) => ort.InferenceSession.create(model, { executionProviders: ['wasm'], ...SESSION_DEFAULTS }),
    createTensor: (data, dims) => new ort.Tensor('float32', data, dims),
  };
}
