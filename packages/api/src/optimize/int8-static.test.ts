import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { createNodeRuntime } from '../inference/node-runtime';
import { activationRanges, calibratedTensors, int8Static } from './int8-static';
import { DataType, decodeModel, onnx } from './onnx-model';
import { testModel } from './tiny-conv.testing';

const S = 8;

/** images [1,3,8,8] → Conv (W1, B1) → SiLU (Sigmoid, Mul) → Conv (W2, B2) → y [1,2,8,8], as a YOLO's layers are. */
function yoloLikeModel(opset = 13): Uint8Array {
  const pads = { name: 'pads', type: onnx.AttributeProto.AttributeType.INTS, ints: [1, 1, 1, 1] };
  const values = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
  return testModel({
    name: 'yolo-like',
    opset,
    nodes: [
      { opType: 'Conv', input: ['images', 'W1', 'B1'], output: ['c1'], name: 'conv1', attribute: [pads] },
      { opType: 'Sigmoid', input: ['c1'], output: ['s1'], name: 'sig' },
      { opType: 'Mul', input: ['c1', 's1'], output: ['a1'], name: 'mul' },
      { opType: 'Conv', input: ['a1', 'W2', 'B2'], output: ['y'], name: 'conv2', attribute: [pads] },
    ],
    initializers: [
      ['W1', [4, 3, 3, 3], values(108, (i) => Math.sin(i * 1.7) * 0.5)],
      ['B1', [4], values(4, (i) => 0.1 * i - 0.1)],
      ['W2', [2, 4, 3, 3], values(72, (i) => Math.cos(i * 0.9) * 0.4)],
      ['B2', [2], values(2, (i) => 0.05 * i)],
    ],
    input: ['images', [1, 3, S, S]],
    output: ['y', [1, 2, S, S]],
  });
}

const inputs = [0, 1, 2].map((k) => Float32Array.from({ length: 3 * S * S }, (_, i) => 0.5 + 0.5 * Math.sin(i * 0.37 + k)));

async function run(bytes: Uint8Array, input: Float32Array): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(bytes);
  const out = await session.run({ images: new ort.Tensor('float32', input, [1, 3, S, S]) });
  await session.release();
  return out.y?.data as Float32Array;
}

describe('int8Static', () => {
  it('calibrates every activation a convolution or the SiLU between them reads or writes', () => {
    expect(calibratedTensors(yoloLikeModel()).sort()).toEqual(['a1', 'c1', 'images', 's1', 'y']);
  });

  it('stores the conv weights as int8 and biases as int32, quantizes every activation, and computes close to fp32', async () => {
    const fp32 = yoloLikeModel();
    const ranges = await activationRanges(createNodeRuntime({ threads: 1 }), fp32, inputs, S);
    const { bytes, converted } = int8Static(fp32, ranges);
    expect(converted).toBe(2);
    const model = decodeModel(bytes);
    const types = new Map((model.graph?.initializer ?? []).map((t) => [t.name, t.dataType]));
    expect([types.get('W1__q'), types.get('W2__q'), types.get('B1__q')]).toEqual([DataType.INT8, DataType.INT8, DataType.INT32]);
    expect(types.has('W1')).toBe(false);
    const ops = (model.graph?.node ?? []).map((n) => n.opType);
    expect(ops.filter((o) => o === 'QuantizeLinear').length).toBeGreaterThanOrEqual(5);
    const [want, got] = [await run(fp32, inputs[0] as Float32Array), await run(bytes, inputs[0] as Float32Array)];
    const [lo, hi] = ranges.get('y') ?? [0, 1];
    let worst = 0;
    for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs((want[i] as number) - (got[i] as number)));
    // A few uint8 steps of the output's own range, after three quantized layers.
    expect(worst).toBeLessThan((4 * (hi - lo)) / 255);
  });

  it('converts nothing before opset 13, whose DequantizeLinear has no axis for per-channel weights', async () => {
    const old = yoloLikeModel(12);
    const ranges = await activationRanges(createNodeRuntime({ threads: 1 }), old, inputs, S);
    expect(int8Static(old, ranges).converted).toBe(0);
  });
});
