import type { NodeProto } from './onnx-model';
import { DataType, encodeModel, onnx } from './onnx-model';

function tensor(name: string, dims: number[], values: number[]): ReturnType<typeof onnx.TensorProto.create> {
  return onnx.TensorProto.create({ name, dims, dataType: DataType.FLOAT, rawData: new Uint8Array(Float32Array.from(values).buffer) });
}

/**
 * A small fp32 graph for the transforms' tests: x [1,3,6,6] → Conv (weight `W` [4,3,3,3], bias
 * `B` [4]) → + `E` (16 epsilons of 1e-8, shape [4,1,4]) → y [1,4,4,4]; opset `opset`.
 */
/** A float32 test graph: its nodes, float32 initializers, one input and one output, at `opset`. */
export function testModel(spec: {
  name: string;
  opset: number;
  nodes: NodeProto[];
  initializers: [string, number[], number[]][];
  input: [string, number[]];
  output: [string, number[]];
}): Uint8Array {
  const info = ([name, dims]: [string, number[]]) => ({ name, type: { tensorType: { elemType: DataType.FLOAT, shape: { dim: dims.map((d) => ({ dimValue: d })) } } } });
  return encodeModel(
    onnx.ModelProto.create({
      irVersion: 8,
      opsetImport: [{ domain: '', version: spec.opset }],
      graph: { name: spec.name, node: spec.nodes, initializer: spec.initializers.map(([name, dims, values]) => tensor(name, dims, values)), input: [info(spec.input)], output: [info(spec.output)] },
    }),
  );
}

export function tinyConvModel(opset = 13): Uint8Array {
  const w = Array.from({ length: 108 }, (_, i) => Math.sin(i * 1.7) * (1 + (i % 4)));
  return testModel({
    name: 'tiny',
    opset,
    nodes: [
      { opType: 'Conv', input: ['x', 'W', 'B'], output: ['c'], name: 'conv' },
      { opType: 'Add', input: ['c', 'E'], output: ['y'], name: 'add' },
    ],
    initializers: [['W', [4, 3, 3, 3], w], ['B', [4], [0.1, -0.2, 0.3, 0]], ['E', [4, 1, 4], Array.from({ length: 16 }, () => 1e-8)]],
    input: ['x', [1, 3, 6, 6]],
    output: ['y', [1, 4, 4, 4]],
  });
}

/** The test input of {@link tinyConvModel}: 108 values in -1..1. */
export const TINY_INPUT = Float32Array.from({ length: 108 }, (_, i) => Math.cos(i * 0.9));
