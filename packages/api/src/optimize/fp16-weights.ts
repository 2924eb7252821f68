import { fitsFloat16, toFloat16Bits } from './float16';
import type { NodeProto, TensorProto } from './onnx-model';
import { DataType, decodeModel, encodeModel, floatInitializers, floatValues, onnx, replaceInitializers } from './onnx-model';

/** Tensors smaller than this stay fp32: they save a few bytes and are often thresholds or epsilons. */
const MIN_ELEMENTS = 16;

function castNode(from: string, to: string): NodeProto {
  const attribute = [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: DataType.FLOAT }];
  return { opType: 'Cast', input: [from], output: [to], name: `${to}__cast`, attribute };
}

/**
 * The fp16-weights variant of an ONNX model: every float32 initializer of at least 16 values
 * is stored as float16 and cast back to float32 when the session loads (onnxruntime folds the
 * Cast once), so the file is about half as large and the graph computes in fp32 as before.
 * A tensor holding a value fp16 cannot keep (an epsilon like 1e-8, a subnormal, above 65504)
 * stays float32, so no constant silently becomes 0 or infinity.
 * @returns the new file and how many tensors were converted and kept
 */
export function fp16Weights(bytes: Uint8Array): { bytes: Uint8Array; converted: number; kept: number } {
  const model = decodeModel(bytes);
  const replacements = new Map<string, { stored: TensorProto[]; nodes: NodeProto[] }>();
  let kept = 0;
  for (const tensor of floatInitializers(model, MIN_ELEMENTS)) {
    const values = floatValues(tensor);
    if (!fitsFloat16(values)) {
      kept += 1;
      continue;
    }
    const name = tensor.name ?? '';
    const half = new Uint16Array(values.length);
    for (let i = 0; i < values.length; i++) half[i] = toFloat16Bits(values[i] as number);
    const stored: TensorProto = { name: `${name}__fp16`, dims: tensor.dims, dataType: DataType.FLOAT16, rawData: new Uint8Array(half.buffer) };
    replacements.set(name, { stored: [stored], nodes: [castNode(`${name}__fp16`, name)] });
  }
  return { bytes: encodeModel(replaceInitializers(model, replacements)), converted: replacements.size, kept };
}
