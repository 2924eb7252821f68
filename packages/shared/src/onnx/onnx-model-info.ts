import { messages, readFields, stringField } from './protobuf-reader';

/** A tensor declared as a graph input or output: element type and dims (string = symbolic). */
export interface OnnxTensorInfo {
  name: string;
  /** ONNX TensorProto.DataType (1 = float32, 10 = float16). */
  elemType: number;
  dims: (number | string)[];
}

/** What the pipeline needs from a model file without running it. */
export interface OnnxModelInfo {
  irVersion: number;
  opset: number;
  metadata: Record<string, string>;
  inputs: OnnxTensorInfo[];
  outputs: OnnxTensorInfo[];
}

// Field numbers from onnx/onnx.proto (ModelProto, GraphProto, ValueInfoProto, TypeProto).
const MODEL = { irVersion: 1, graph: 7, opsetImport: 8, metadataProps: 14 };
const GRAPH = { initializer: 5, input: 11, output: 12 };

function tensorInfo(valueInfo: Uint8Array): OnnxTensorInfo {
  const fields = readFields(valueInfo);
  const name = stringField(fields, 1);
  const type = messages(fields, 2)[0];
  const tensor = type ? messages(readFields(type), 1)[0] : undefined;
  if (!tensor) return { name, elemType: 0, dims: [] };
  const tensorFields = readFields(tensor);
  const elemType = tensorFields.find((f) => f.field === 1)?.varint ?? 0;
  const shape = messages(tensorFields, 2)[0];
  const dims = shape
    ? messages(readFields(shape), 1).map((dim): number | string => {
        const d = readFields(dim);
        const value = d.find((f) => f.field === 1)?.varint;
        return value ?? (stringField(d, 2) || '?');
      })
    : [];
  return { name, elemType, dims };
}

/**
 * Reads an ONNX file's metadata_props, opset and declared graph inputs/outputs (initializers
 * excluded). onnxruntime's JS API does not expose metadata_props, so we read the protobuf.
 * @throws Error when the bytes are not a parseable ONNX ModelProto.
 */
export function readOnnxModelInfo(bytes: Uint8Array): OnnxModelInfo {
  const fields = readFields(bytes);
  const graph = messages(fields, MODEL.graph)[0];
  if (!graph) throw new Error('not an ONNX model: no graph');
  const metadata: Record<string, string> = {};
  for (const entry of messages(fields, MODEL.metadataProps)) {
    const f = readFields(entry);
    metadata[stringField(f, 1)] = stringField(f, 2);
  }
  const opsets = messages(fields, MODEL.opsetImport).map((o) => readFields(o));
  const defaultOpset = opsets.find((o) => stringField(o, 1) === '');
  const graphFields = readFields(graph);
  const initializerNames = new Set(messages(graphFields, GRAPH.initializer).map((t) => stringField(readFields(t), 8)));
  return {
    irVersion: fields.find((f) => f.field === MODEL.irVersion)?.varint ?? 0,
    opset: defaultOpset?.find((f) => f.field === 2)?.varint ?? 0,
    metadata,
    inputs: messages(graphFields, GRAPH.input).map(tensorInfo).filter((t) => !initializerNames.has(t.name)),
    outputs: messages(graphFields, GRAPH.output).map(tensorInfo),
  };
}
