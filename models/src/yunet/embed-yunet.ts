import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';
import type { GraphBuilder } from '../onnx-graph';

const { onnx } = onnxProto;

/** An original YuNet file, decoded. */
export interface YunetSource {
  /** Side S of its square input. */
  imgsz: number;
  /** Its ONNX opset; the wrapped graph keeps it so every original node means what it meant. */
  opset: number;
  graph: Onnx.IGraphProto;
}

/** Original output names (`cls_8`, ...) mapped to their names in the wrapped graph. */
export type YunetHeads = { imgsz: number; outputs: Record<string, string> };

/** Every original name gets this prefix; GraphBuilder's own names (`hint_N`) never contain a dot. */
const PREFIX = 'yunet.';
const HEADS = ['cls', 'obj', 'bbox', 'kps'];

function squareSide(input: Onnx.IValueInfoProto): number {
  const dims = (input.type?.tensorType?.shape?.dim ?? []).map((d) => Number(d.dimValue ?? 0));
  const [n, c, h, w] = dims;
  if (dims.length !== 4 || n !== 1 || c !== 3 || h === undefined || h !== w || h % 32 !== 0) {
    throw new Error(`YuNet input must be [1, 3, S, S] with S a multiple of 32, is [${dims.join(', ')}]`);
  }
  return h;
}

/**
 * Decodes an original YuNet .onnx and checks its interface: input `input` [1, 3, S, S] and the
 * outputs cls/obj/bbox/kps for strides 8, 16, 32.
 * @throws Error naming what is missing
 */
export function readYunet(bytes: Uint8Array): YunetSource {
  const model = onnx.ModelProto.decode(bytes);
  const graph = model.graph;
  const input = graph?.input?.find((i) => i.name === 'input');
  if (!graph || !input) throw new Error('not a YuNet model: no graph input "input"');
  const declared = new Set((graph.output ?? []).map((o) => o.name ?? ''));
  const missing = [8, 16, 32].flatMap((s) => HEADS.map((h) => `${h}_${s}`)).filter((name) => !declared.has(name));
  if (missing.length > 0) throw new Error(`not a YuNet model: no output ${missing.join(', ')}`);
  const opset = Number(model.opsetImport?.find((o) => (o.domain ?? '') === '')?.version ?? 0);
  return { imgsz: squareSide(input), opset, graph };
}

/**
 * Copies the original graph's nodes and initializers (weights byte for byte) into `g`, reading
 * its BGR 0-255 input from `bgrInput`, and returns where its heads are. Names are prefixed so
 * they cannot clash with the wrapper's.
 */
export function embedYunet(g: GraphBuilder, source: YunetSource, bgrInput: string): YunetHeads {
  const rename = (name: string): string => (name === '' ? '' : name === 'input' ? bgrInput : `${PREFIX}${name}`);
  const nodes = (source.graph.node ?? []).map((n) =>
    onnx.NodeProto.create({ ...n, name: `${PREFIX}${n.name ?? ''}`, input: (n.input ?? []).map(rename), output: (n.output ?? []).map(rename) }),
  );
  const initializers = (source.graph.initializer ?? []).map((t) => onnx.TensorProto.create({ ...t, name: rename(t.name ?? '') }));
  g.embed(nodes, initializers);
  const outputs: Record<string, string> = {};
  for (const s of [8, 16, 32]) for (const h of HEADS) outputs[`${h}_${s}`] = rename(`${h}_${s}`);
  return { imgsz: source.imgsz, outputs };
}
