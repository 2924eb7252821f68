import type { InferenceSession, Tensor } from 'onnxruntime-common';
import type { Backend } from '../result/result-schema';

/**
 * The ONNX runtime the pipeline is given: onnxruntime-web in a browser Worker or in Node, or
 * onnxruntime-node. The pipeline never imports a runtime itself.
 */
/**
 * Session options every runtime of ours sets: all graph optimisations, and errors only in the
 * log (a float16 graph makes the CPU and WASM providers warn once per node they cannot
 * constant-fold in fp16, on stderr or the console).
 */
export const SESSION_DEFAULTS = { graphOptimizationLevel: 'all', logSeverityLevel: 3 } as const;

export interface OnnxRuntime {
  /** What runs the models; copied into every result. */
  readonly backend: Backend;
  createSession(model: Uint8Array): Promise<InferenceSession>;
  createTensor(data: Float32Array, dims: readonly number[]): Tensor;
}

/** Decoded pixels, row-major RGBA, 8 bits per channel, orientation already applied. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}
