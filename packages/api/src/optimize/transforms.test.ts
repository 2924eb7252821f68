import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { fp16Graph } from './fp16-graph';
import { fp16Weights } from './fp16-weights';
import { int8Weights } from './int8-weights';
import { DataType, decodeModel, encodeModel } from './onnx-model';
import { TINY_INPUT, testModel, tinyConvModel } from './tiny-conv.testing';

async function run(bytes: Uint8Array): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(bytes);
  const out = await session.run({ x: new ort.Tensor('float32', TINY_INPUT, [1, 3, 6, 6]) });
  await session.release();
  return out.y?.data as Float32Array;
}

function maxError(a: Float32Array, b: Float32Array): number {
  return Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? Number.NaN))));
}

const stored = (bytes: Uint8Array): Record<string, number> => Object.fromEntries((decodeModel(bytes).graph?.initializer ?? []).map((t) => [t.name ?? '', t.dataType ?? 0]));

describe('fp16Weights', () => {
  it('stores the conv weight as float16, keeps the 1e-8 epsilons float32 and computes what fp32 does', async () => {
    const fp32 = tinyConvModel();
    const { bytes, converted, kept } = fp16Weights(fp32);
    expect(stored(bytes)).toMatchObject({ W__fp16: DataType.FLOAT16, E: DataType.FLOAT, B: DataType.FLOAT });
    expect([converted, kept]).toEqual([1, 1]);
    expect(bytes.length).toBeLessThan(fp32.length);
    expect(maxError(await run(fp32), await run(bytes))).toBeLessThan(1e-2);
  });
});

describe('fp16Graph', () => {
  it('computes the whole graph in float16 behind a float32 input and output', async () => {
    const fp32 = tinyConvModel();
    const { bytes, converted } = fp16Graph(fp32);
    const graph = decodeModel(bytes).graph;
    expect(converted).toBe(3);
    expect(Object.values(stored(bytes))).toEqual([DataType.FLOAT16, DataType.FLOAT16, DataType.FLOAT16]);
    expect(graph?.input?.[0]?.type?.tensorType?.elemType).toBe(DataType.FLOAT);
    expect(graph?.output?.[0]?.type?.tensorType?.elemType).toBe(DataType.FLOAT);
    expect(graph?.node?.map((n) => n.opType)).toEqual(['Cast', 'Conv', 'Add', 'Cast']);
    // float16 has 11 significant bits: ~5e-4 relative per rounding, outputs here reach ~10.
    expect(maxError(await run(fp32), await run(bytes))).toBeLessThan(0.05);
  });

  it('converts an initializer an older export also lists as an input, declaring that input float16', async () => {
    const model = decodeModel(tinyConvModel());
    const weight = model.graph?.input?.[0];
    model.graph?.input?.push({ name: 'W', type: { tensorType: { elemType: DataType.FLOAT, shape: { dim: [4, 3, 3, 3].map((d) => ({ dimValue: d })) } } } });
    const fp32 = encodeModel(model);
    const { bytes } = fp16Graph(fp32);
    const inputs = decodeModel(bytes).graph?.input?.map((i) => [i.name, i.type?.tensorType?.elemType]);
    expect(inputs).toEqual([[weight?.name, DataType.FLOAT], ['W', DataType.FLOAT16]]);
    expect(maxError(await run(fp32), await run(bytes))).toBeLessThan(0.05);
  });

  it("keeps Resize's scales float32, as the operator requires, so an upsampling export still loads", async () => {
    const fp32 = testModel({
      name: 'upsample',
      opset: 13,
      nodes: [{ opType: 'Resize', input: ['x', '', 'S'], output: ['y'], name: 'up', attribute: [{ name: 'mode', type: 3, s: new TextEncoder().encode('nearest') }] }],
      initializers: [['S', [4], [1, 1, 2, 2]]],
      input: ['x', [1, 3, 6, 6]],
      output: ['y', [1, 3, 12, 12]],
    });
    const { bytes } = fp16Graph(fp32);
    expect(stored(bytes)).toEqual({ S: DataType.FLOAT });
    expect(maxError(await run(fp32), await run(bytes))).toBeLessThan(1e-2);
  });
});

describe('int8Weights', () => {
  it('stores the conv weight as int8 with one scale per output channel and keeps bias and epsilons float32', async () => {
    const fp32 = tinyConvModel();
    const { bytes } = int8Weights(fp32);
    expect(stored(bytes)).toMatchObject({ W__q: DataType.INT8, W__scale: DataType.FLOAT, B: DataType.FLOAT, E: DataType.FLOAT });
    const scale = decodeModel(bytes).graph?.initializer?.find((t) => t.name === 'W__scale');
    expect(scale?.dims?.map(Number)).toEqual([4]);
    expect(decodeModel(bytes).graph?.node?.[0]?.opType).toBe('DequantizeLinear');
    // 1/254 of each channel's range per weight, over 27 taps of inputs in -1..1.
    expect(maxError(await run(fp32), await run(bytes))).toBeLessThan(0.15);
  });

  it('dequantizes with Cast and Mul before opset 13, where DequantizeLinear has no axis', async () => {
    const fp32 = tinyConvModel(12);
    const { bytes } = int8Weights(fp32);
    expect(decodeModel(bytes).graph?.node?.slice(0, 2).map((n) => n.opType)).toEqual(['Cast', 'Mul']);
    expect(maxError(await run(fp32), await run(bytes))).toBeLessThan(0.15);
  });

  it('writes the same bytes every time it is run on the same file', () => {
    expect(Buffer.from(int8Weights(tinyConvModel()).bytes).equals(Buffer.from(int8Weights(tinyConvModel()).bytes))).toBe(true);
  });
});
