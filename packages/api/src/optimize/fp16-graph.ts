import { FP16_MAX, toFloat16Bits } from './float16';
import type { GraphProto, ModelProto, NodeProto, TensorProto, ValueInfoProto } from './onnx-model';
import { DataType, decodeModel, encodeModel, floatValues, onnx } from './onnx-model';

/** Inputs that stay float32 whatever the data type: Resize's roi and scales, Upsample's scales. */
const FLOAT32_SLOTS: Record<string, number[]> = { Resize: [1, 2], Upsample: [1] };

function halfTensor(tensor: TensorProto): void {
  const values = floatValues(tensor);
  const half = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) half[i] = toFloat16Bits(Math.max(-FP16_MAX, Math.min(FP16_MAX, values[i] as number)));
  tensor.dataType = DataType.FLOAT16;
  tensor.floatData = [];
  tensor.rawData = new Uint8Array(half.buffer);
}

function cast(from: string, to: string, type: number): NodeProto {
  return onnx.NodeProto.create({ opType: 'Cast', input: [from], output: [to], name: `${to}__cast`, attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: type }] });
}

/** Names read at a float32-only slot (Resize scales): their constants must stay float32. */
function float32Reads(model: ModelProto): Set<string> {
  const names = new Set<string>();
  for (const node of model.graph?.node ?? []) for (const slot of FLOAT32_SLOTS[node.opType ?? ''] ?? []) if (node.input?.[slot]) names.add(node.input[slot] as string);
  return names;
}

/**
 * The fp16 *compute* variant: the whole graph in float16 (every float32 constant, Constant
 * node and Cast to float becomes float16; values beyond ±65504 are clamped, below float16's
 * range they flush towards 0), with a Cast after each float32 input and before each float32
 * output, so callers still pass and read float32 (`images` in, `output0`/`output1` out) and the
 * model contract is unchanged. Meant for WebGPU with `shader-f16`, where the kernels then run in
 * float16; a runtime without float16 kernels (onnxruntime's CPU and WASM) inserts casts back to
 * float32 around them and computes about what the fp16-weights file does.
 * Resize's roi and scales stay float32, as the operator requires.
 * @returns the new file and how many tensors it converted
 */
export function fp16Graph(bytes: Uint8Array): { bytes: Uint8Array; converted: number } {
  const model = decodeModel(bytes);
  const graph = model.graph as GraphProto;
  const keep = float32Reads(model);
  let converted = 0;
  for (const tensor of graph.initializer ?? []) {
    if (tensor.dataType !== DataType.FLOAT || keep.has(tensor.name ?? '')) continue;
    halfTensor(tensor);
    converted++;
  }
  for (const node of graph.node ?? []) {
    for (const a of node.attribute ?? []) {
      if (node.opType === 'Cast' && a.name === 'to' && Number(a.i) === DataType.FLOAT) a.i = DataType.FLOAT16;
      if ((node.opType === 'Constant' || node.opType === 'ConstantOfShape') && a.name === 'value' && a.t?.dataType === DataType.FLOAT && !(node.output ?? []).some((o) => keep.has(o))) {
        halfTensor(a.t);
        converted++;
      }
    }
  }
  const isFloat = (info: ValueInfoProto): boolean => info.type?.tensorType?.elemType === DataType.FLOAT;
  // Before IR 4 an export may list its initializers as inputs too; those are constants, converted above.
  const constant = new Set((graph.initializer ?? []).map((t) => t.name));
  const renames = new Map<string, string>();
  const head: NodeProto[] = [];
  for (const input of graph.input ?? []) {
    const tensorType = input.type?.tensorType;
    if (tensorType && constant.has(input.name) && isFloat(input) && !keep.has(input.name ?? '')) tensorType.elemType = DataType.FLOAT16;
  }
  for (const input of (graph.input ?? []).filter((i) => isFloat(i) && !constant.has(i.name))) {
    renames.set(input.name ?? '', `${input.name}__fp16`);
    head.push(cast(input.name ?? '', `${input.name}__fp16`, DataType.FLOAT16));
  }
  const tail: NodeProto[] = [];
  for (const output of (graph.output ?? []).filter(isFloat)) {
    renames.set(output.name ?? '', `${output.name}__fp16`);
    tail.push(cast(`${output.name}__fp16`, output.name ?? '', DataType.FLOAT));
  }
  for (const node of graph.node ?? []) {
    node.input = (node.input ?? []).map((name) => renames.get(name) ?? name);
    node.output = (node.output ?? []).map((name) => renames.get(name) ?? name);
  }
  graph.node = [...head, ...(graph.node ?? []), ...tail];
  graph.valueInfo = [];
  return { bytes: encodeModel(model), converted };
}
