import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';

export const { onnx } = onnxProto;
export type ModelProto = Onnx.ModelProto;
export type TensorProto = Onnx.ITensorProto;
export type NodeProto = Onnx.INodeProto;
export type GraphProto = Onnx.IGraphProto;
export type ValueInfoProto = Onnx.IValueInfoProto;

export const DataType = onnx.TensorProto.DataType;

/** Decodes an ONNX file. */
export function decodeModel(bytes: Uint8Array): ModelProto {
  return onnx.ModelProto.decode(bytes);
}

/** Encodes a model; the same proto always gives the same bytes. */
export function encodeModel(model: ModelProto): Uint8Array {
  return onnx.ModelProto.encode(model).finish();
}

/** The values of a float32 initializer, from `rawData` (little-endian) or `floatData`. */
export function floatValues(tensor: TensorProto): Float32Array {
  const raw = tensor.rawData;
  if (raw && raw.length > 0) {
    const copy = new Uint8Array(raw);
    return new Float32Array(copy.buffer, 0, copy.length / 4);
  }
  return Float32Array.from(tensor.floatData ?? []);
}

/** The opset of the default ONNX domain the model imports. */
export function defaultOpset(model: ModelProto): number {
  const entry = model.opsetImport.find((o) => !o.domain || o.domain === 'ai.onnx');
  return Number(entry?.version ?? 0);
}

/**
 * The float32 initializers of the main graph that the transform may rewrite: not also declared
 * as graph inputs (a caller could then override them) and with at least `minElements` values.
 */
export function floatInitializers(model: ModelProto, minElements: number): TensorProto[] {
  const graph = model.graph;
  if (!graph) return [];
  const inputs = new Set((graph.input ?? []).map((i) => i.name));
  return (graph.initializer ?? []).filter((t) => t.dataType === DataType.FLOAT && !inputs.has(t.name ?? '') && (t.dims ?? []).reduce((a: number, b) => a * Number(b), 1) >= minElements);
}

/** For each value name, the (op type, input slot) pairs of the main graph's nodes that read it. */
export function consumers(model: ModelProto): Map<string, { opType: string; slot: number }[]> {
  const uses = new Map<string, { opType: string; slot: number }[]>();
  for (const node of model.graph?.node ?? []) {
    (node.input ?? []).forEach((name, slot) => {
      const list = uses.get(name) ?? [];
      list.push({ opType: node.opType ?? '', slot });
      uses.set(name, list);
    });
  }
  return uses;
}

/**
 * Replaces initializers by nodes that compute them at load time (a Cast or DequantizeLinear of
 * a smaller stored tensor): `replacements` maps each name to its stored tensors and the nodes
 * whose last output is that name. The nodes go first so the graph stays topologically sorted.
 * Mutates and returns `model`: decode a fresh one per variant.
 */
export function replaceInitializers(model: ModelProto, replacements: Map<string, { stored: TensorProto[]; nodes: NodeProto[] }>): ModelProto {
  const graph = model.graph;
  if (!graph || replacements.size === 0) return model;
  const initializer: TensorProto[] = [];
  const nodes: NodeProto[] = [];
  for (const t of graph.initializer ?? []) {
    const r = replacements.get(t.name ?? '');
    if (!r) {
      initializer.push(t);
      continue;
    }
    initializer.push(...r.stored);
    nodes.push(...r.nodes);
  }
  graph.initializer = initializer.map((t) => onnx.TensorProto.create(t));
  graph.node = [...nodes.map((n) => onnx.NodeProto.create(n)), ...(graph.node ?? [])];
  return model;
}
