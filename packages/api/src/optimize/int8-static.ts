import type { OnnxRuntime } from '@derma/shared';
import type { Tensor } from 'onnxruntime-common';
import { quantizePerChannel } from './int8-weights';
import type { ModelProto, NodeProto, TensorProto } from './onnx-model';
import { DataType, decodeModel, defaultOpset, encodeModel, floatValues, onnx } from './onnx-model';

/** Smallest and largest value each activation took on the calibration inputs. */
export type ActivationRanges = Map<string, [number, number]>;

/** Element-wise ops that onnxruntime runs in int8 between quantized convolutions (QLinearSigmoid, QLinearMul: a YOLO's SiLU). */
const ACTIVATION_OPS = new Set(['Sigmoid', 'Mul']);
const attr = onnx.AttributeProto.AttributeType;

function tensor(name: string, dataType: number, dims: number[], raw: ArrayBufferView): TensorProto {
  return { name, dataType, dims, rawData: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength) };
}

/** The nodes that get quantized: convolutions with constant weights, and SiLU's ops on activations only. */
function quantizable(model: ModelProto): NodeProto[] {
  const constants = new Set((model.graph?.initializer ?? []).map((t) => t.name ?? ''));
  return (model.graph?.node ?? []).filter((n) => {
    const inputs = n.input ?? [];
    if (n.opType === 'Conv') return constants.has(inputs[1] ?? '') && !constants.has(inputs[0] ?? '') && (inputs[2] === undefined || constants.has(inputs[2]));
    return ACTIVATION_OPS.has(n.opType ?? '') && inputs.length > 0 && inputs.every((i) => !constants.has(i));
  });
}

/** The activations a static int8 variant needs ranges for: every input and output of the quantizable nodes. */
export function calibratedTensors(bytes: Uint8Array): string[] {
  const names = new Set<string>();
  for (const n of quantizable(decodeModel(bytes))) {
    names.add(n.input?.[0] ?? '');
    if (n.opType !== 'Conv') for (const i of n.input ?? []) names.add(i);
    names.add(n.output?.[0] ?? '');
  }
  names.delete('');
  return [...names];
}

/**
 * Runs the fp32 model on calibration inputs (preprocessed `images` tensors) with every tensor of
 * {@link calibratedTensors} exposed as an output, and returns each one's range.
 */
export async function activationRanges(runtime: OnnxRuntime, bytes: Uint8Array, inputs: readonly Float32Array[], imgsz: number): Promise<ActivationRanges> {
  const names = calibratedTensors(bytes);
  const probe = decodeModel(bytes);
  const declared = new Set((probe.graph?.output ?? []).map((o) => o.name));
  for (const name of names) if (!declared.has(name)) probe.graph?.output?.push({ name, type: { tensorType: { elemType: DataType.FLOAT } } });
  const session = await runtime.createSession(encodeModel(probe));
  const ranges: ActivationRanges = new Map();
  try {
    for (const input of inputs) {
      const out = (await session.run({ images: runtime.createTensor(input, [1, 3, imgsz, imgsz]) })) as Record<string, Tensor>;
      for (const name of names) {
        const data = out[name]?.data as Float32Array | undefined;
        if (!data) continue;
        let [lo, hi] = ranges.get(name) ?? [0, 0];
        for (const v of data) {
          if (v < lo) lo = v;
          else if (v > hi) hi = v;
        }
        ranges.set(name, [lo, hi]);
      }
      for (const t of Object.values(out)) t.dispose();
    }
  } finally {
    await session.release();
  }
  return ranges;
}

/** Asymmetric uint8 parameters covering [lo, hi] and 0 (so padding and ReLU zeros are exact). */
function uint8Params([lo, hi]: [number, number]): { scale: number; zeroPoint: number } {
  const [min, max] = [Math.min(0, lo), Math.max(0, hi)];
  const scale = (max - min) / 255 || 1;
  return { scale, zeroPoint: Math.max(0, Math.min(255, Math.round(-min / scale))) };
}

/**
 * The int8 static variant (QDQ format): weights of each convolution stored as per-channel int8,
 * its bias as int32 at the input's scale × the weight's, and every activation it reads or
 * writes, and those of the SiLU between convolutions, quantized to uint8 with the range it took
 * on the calibration inputs. onnxruntime fuses the pattern into QLinearConv, QLinearSigmoid and
 * QLinearMul kernels (on the CPU and in WASM), so the graph computes in int8: on YOLOv8n@640,
 * 0.45× the fp32 time on onnxruntime-web WASM here (bench/RESULTS.md, section 2). Needs opset
 * 13 (per-axis DequantizeLinear); a model without such convolutions converts nothing.
 * @returns the new file and how many convolutions were quantized
 */
export function int8Static(bytes: Uint8Array, calibrated: ActivationRanges): { bytes: Uint8Array; converted: number } {
  const ranges = new Map(calibrated);
  const model = decodeModel(bytes);
  const graph = model.graph;
  const targets = new Set(quantizable(model));
  if (!graph || defaultOpset(model) < 13 || ![...targets].some((n) => n.opType === 'Conv')) return { bytes, converted: 0 };
  const constants = new Map((graph.initializer ?? []).map((t) => [t.name ?? '', t]));
  const added: TensorProto[] = [];
  const nodes: NodeProto[] = [];
  const quantized = new Map<string, string>();
  const dequantized = (name: string): string => {
    const known = quantized.get(name);
    if (known) return known;
    const range = ranges.get(name);
    if (!range) return name;
    const { scale, zeroPoint } = uint8Params(range);
    added.push(tensor(`${name}__s`, DataType.FLOAT, [], new Float32Array([scale])), tensor(`${name}__z`, DataType.UINT8, [], new Uint8Array([zeroPoint])));
    nodes.push(
      { opType: 'QuantizeLinear', input: [name, `${name}__s`, `${name}__z`], output: [`${name}__q`], name: `${name}__Q` },
      { opType: 'DequantizeLinear', input: [`${name}__q`, `${name}__s`, `${name}__z`], output: [`${name}__dq`], name: `${name}__DQ` },
    );
    quantized.set(name, `${name}__dq`);
    return `${name}__dq`;
  };
  const perChannel = (name: string, dataType: number, values: ArrayBufferView, scales: Float32Array, dims: number[]): string => {
    const zeros = dataType === DataType.INT32 ? new Int32Array(scales.length) : new Int8Array(scales.length);
    added.push(tensor(`${name}__q`, dataType, dims, values), tensor(`${name}__s`, DataType.FLOAT, [scales.length], scales), tensor(`${name}__z`, dataType, [scales.length], zeros));
    nodes.push({ opType: 'DequantizeLinear', input: [`${name}__q`, `${name}__s`, `${name}__z`], output: [`${name}__dq`], name: `${name}__DQ`, attribute: [{ name: 'axis', type: attr.INT, i: 0 }] });
    return `${name}__dq`;
  };
  let converted = 0;
  const replaced = new Set<string>();
  for (const node of graph.node ?? []) {
    const output = node.output?.[0];
    if (!targets.has(node) || !output || !ranges.has(output)) {
      nodes.push(node);
      continue;
    }
    const inputs = node.input ?? [];
    if (node.opType === 'Conv') {
      const [x = '', w = '', b] = inputs;
      const weight = constants.get(w);
      const xRange = ranges.get(x);
      if (!weight || !xRange) {
        nodes.push(node);
        continue;
      }
      const dims = (weight.dims ?? []).map(Number);
      const { q, scales } = quantizePerChannel(floatValues(weight), dims[0] ?? 1);
      const next = [dequantized(x), perChannel(w, DataType.INT8, q, scales, dims)];
      replaced.add(w);
      const bias = b ? constants.get(b) : undefined;
      if (b && bias) {
        const xScale = uint8Params(xRange).scale;
        const values = floatValues(bias);
        const biasScales = scales.map((s) => s * xScale);
        next.push(perChannel(b, DataType.INT32, Int32Array.from(values, (v, c) => Math.round(v / (biasScales[c] as number))), biasScales, [values.length]));
        replaced.add(b);
      }
      node.input = next;
      converted += 1;
    } else {
      node.input = inputs.map(dequantized);
    }
    // The op writes a raw tensor; everything downstream reads it quantized and dequantized.
    node.output = [`${output}__raw`, ...(node.output ?? []).slice(1)];
    nodes.push(node);
    ranges.set(`${output}__raw`, ranges.get(output) as [number, number]);
    nodes.push({ opType: 'Identity', input: [dequantized(`${output}__raw`)], output: [output], name: `${output}__id` });
  }
  graph.node = nodes;
  // A weight or bias another node still reads as fp32 stays too.
  const read = new Set(nodes.flatMap((n) => n.input ?? []));
  graph.initializer = [...(graph.initializer ?? []).filter((t) => !replaced.has(t.name ?? '') || read.has(t.name ?? '')), ...added];
  return { bytes: encodeModel(model), converted };
}
