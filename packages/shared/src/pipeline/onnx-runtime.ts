import type { InferenceSession, Tensor } from 'onnxruntime-common';
import type { Backend } from '../result/result-schema';

/**
 * The ONNX runtime the pipeline is given: onnxruntime-web in a browser Worker or in Node, or
 * onnxruntime-node. The pipeline never imports a runtime itself.
 */
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
