import * as ort from 'onnxruntime-node';
import type { OnnxRuntime } from '@derma/shared';
import { SESSION_DEFAULTS } from '@derma/shared';

/**
 * onnxruntime-node on the CPU: the native reference runtime and the server fallback.
 * @param threads intra-op threads per session (default: onnxruntime's choice, all cores)
 */
export function createNodeRuntime(options: { threads?: number; location?: 'device' | 'server' } = {}): OnnxRuntime {
  const threads = options.threads ?? 0;
  return {
    backend: { runtime: 'onnxruntime-node', executionProvider: 'cpu', threads: threads || 1, location: options.location ?? 'server' },
    createSession: (model) =>
      ort.InferenceSession.create(model, {
        executionProviders: ['cpu'],
        ...SESSION_DEFAULTS,
        ...(threads > 0 ? { intraOpNumThreads: threads, interOpNumThreads: 1 } : {}),
      }),
    createTensor: (data, dims) => new ort.Tensor('float32', data, dims),
  };
}
