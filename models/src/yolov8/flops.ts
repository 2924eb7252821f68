import type { ConvRecord } from './layer-context';

/**
 * Multiply-accumulates of one convolution as thop (which ultralytics' get_flops calls) counts
 * them: output elements x (cin / groups) x k^2, bias excluded. For ConvTranspose thop applies the
 * same formula to the (larger) output, which over-counts the true work by stride^2; we follow it
 * so our figures compare with ultralytics' published GFLOPs.
 */
function thopMacs(conv: ConvRecord): number {
  return conv.cout * conv.outH * conv.outW * conv.cin * conv.kernel * conv.kernel;
}

/**
 * GFLOPs of a generated graph in ultralytics' convention: 2 x MACs of all convolutions, / 1e9.
 * @example yolov8Gflops(buildYolov8({ task: 'detect', nc: 80 }).convs) // about 8.7
 */
export function yolov8Gflops(convs: readonly ConvRecord[]): number {
  return (2 * convs.reduce((sum, c) => sum + thopMacs(c), 0)) / 1e9;
}

/** Number of learned values (conv weights and biases, plus DFL's fixed 16), as ultralytics' model.info() counts a fused model. */
export function yolov8Params(convs: readonly ConvRecord[]): number {
  return convs.reduce((sum, c) => sum + c.cin * c.cout * c.kernel * c.kernel + (c.bias ? c.cout : 0), 0);
}
