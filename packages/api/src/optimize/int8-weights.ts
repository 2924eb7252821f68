import type { ModelProto, NodeProto, TensorProto } from './onnx-model';
import { DataType, consumers, decodeModel, defaultOpset, encodeModel, floatInitializers, floatValues, onnx, replaceInitializers } from './onnx-model';

/** Ops whose input 1 is a weight that tolerates per-output-channel int8 (the layers that hold a YOLO's bytes). */
const WEIGHT_OPS = new Set(['Conv', 'ConvTranspose', 'MatMul', 'Gemm']);
const MIN_ELEMENTS = 64;

/** Symmetric per-channel int8 along axis 0: scale = max |w| / 127 per channel, zero point 0. */
export function quantizePerChannel(values: Float32Array, channels: number): { q: Int8Array; scales: Float32Array } {
  const per = values.length / channels;
  const q = new Int8Array(values.length);
  const scales = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let max = 0;
    for (let i = c * per; i < (c + 1) * per; i++) max = Math.max(max, Math.abs(values[i] as number));
    const scale = max > 0 ? max / 127 : 1;
    scales[c] = scale;
    for (let i = c * per; i < (c + 1) * per; i++) q[i] = Math.max(-127, Math.min(127, Math.round((values[i] as number) / scale)));
  }
  return { q, scales };
}

function isWeightOnly(name: string, uses: Map<string, { opType: string; slot: number }[]>): boolean {
  const list = uses.get(name) ?? [];
  return list.length > 0 && list.every((u) => u.slot === 1 && WEIGHT_OPS.has(u.opType));
}

function dequantNodes(name: string, dims: number[], opset: number): { extra: TensorProto[]; nodes: NodeProto[] } {
  const attr = onnx.AttributeProto.AttributeType;
  if (opset >= 13) {
    const node: NodeProto = { opType: 'DequantizeLinear', input: [`${name}__q`, `${name}__scale`, `${name}__zp`], output: [name], name: `${name}__dq`, attribute: [{ name: 'axis', type: attr.INT, i: 0 }] };
    const zp: TensorProto = { name: `${name}__zp`, dims: [dims[0] ?? 1], dataType: DataType.INT8, rawData: new Uint8Array(dims[0] ?? 1) };
    return { extra: [zp], nodes: [node] };
  }
  // Before opset 13 DequantizeLinear has no axis: widen and multiply by a broadcast [C, 1, …] scale.
  const cast: NodeProto = { opType: 'Cast', input: [`${name}__q`], output: [`${name}__wide`], name: `${name}__cast`, attribute: [{ name: 'to', type: attr.INT, i: DataType.FLOAT }] };
  const mul: NodeProto = { opType: 'Mul', input: [`${name}__wide`, `${name}__scale`], output: [name], name: `${name}__mul` };
  return { extra: [], nodes: [cast, mul] };
}

/**
 * The int8 weight-only variant: each float32 weight that only Conv, ConvTranspose, MatMul or
 * Gemm read (as their input 1) is stored as int8 with one float scale per output channel and
 * dequantized when the session loads (per-channel `DequantizeLinear`, axis 0), so weights take
 * a quarter of the bytes and the graph computes in fp32. Biases, anchors, strides and every
 * other constant stay float32.
 * @returns the new file and how many tensors were quantized
 */
export function int8Weights(bytes: Uint8Array): { bytes: Uint8Array; converted: number } {
  const model: ModelProto = decodeModel(bytes);
  const opset = defaultOpset(model);
  const uses = consumers(model);
  const replacements = new Map<string, { stored: TensorProto[]; nodes: NodeProto[] }>();
  for (const tensor of floatInitializers(model, MIN_ELEMENTS)) {
    const name = tensor.name ?? '';
    const dims = (tensor.dims ?? []).map(Number);
    if (dims.length < 2 || !isWeightOnly(name, uses)) continue;
    const channels = dims[0] ?? 1;
    const { q, scales } = quantizePerChannel(floatValues(tensor), channels);
    const scaleDims = opset >= 13 ? [channels] : [channels, ...dims.slice(1).map(() => 1)];
    const stored: TensorProto[] = [
      { name: `${name}__q`, dims, dataType: DataType.INT8, rawData: new Uint8Array(q.buffer) },
      { name: `${name}__scale`, dims: scaleDims, dataType: DataType.FLOAT, rawData: new Uint8Array(scales.buffer) },
    ];
    const { extra, nodes } = dequantNodes(name, dims, opset);
    replacements.set(name, { stored: [...stored, ...extra], nodes });
  }
  return { bytes: encodeModel(replaceInitializers(model, replacements)), converted: replacements.size };
}
