import type { GraphProto, ModelProto, TensorProto, ValueInfoProto } from './onnx-model';
import { DataType, decodeModel, encodeModel, floatValues } from './onnx-model';

/** The detection strides a YOLO export may have (P2-P6); its own are read from its strides constant. */
const KNOWN_STRIDES = new Set([4, 8, 16, 32, 64]);

/** The levels of an anchor grid over a square input: each stride and its side in cells. */
interface Grid {
  size: number;
  strides: number[];
  count: number;
}

function grid(size: number, strides: number[]): Grid {
  return { size, strides, count: strides.reduce((sum, s) => sum + (size / s) ** 2, 0) };
}

/** Every cell of `g`, level by level, row-major: its column, x and y in cells, and stride. */
function cells(g: Grid, visit: (i: number, x: number, y: number, stride: number) => void): void {
  let i = 0;
  for (const stride of g.strides) {
    const side = g.size / stride;
    for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) visit(i++, x, y, stride);
  }
}

/** Every constant tensor of the main graph: initializers and `Constant` nodes' values. */
function constants(model: ModelProto): TensorProto[] {
  const graph = model.graph;
  const fromNodes = (graph?.node ?? []).filter((n) => n.opType === 'Constant').flatMap((n) => (n.attribute ?? []).filter((a) => a.name === 'value' && a.t).map((a) => a.t as TensorProto));
  return [...(graph?.initializer ?? []), ...fromNodes];
}

/**
 * The strides of an export's anchor grid, read from its strides constant (ultralytics'
 * `self.strides`, `[1, A]`): a float tensor whose values run through known strides in increasing
 * order, each `(size / stride)²` times. Undefined when the graph has none.
 */
function readGrid(model: ModelProto, size: number): Grid | undefined {
  for (const tensor of constants(model)) {
    if (tensor.dataType !== DataType.FLOAT) continue;
    const values = floatValues(tensor);
    if (values.length < 2 || !KNOWN_STRIDES.has(values[0] as number)) continue;
    const strides: number[] = [];
    let i = 0;
    while (i < values.length) {
      const stride = values[i] as number;
      const run = (size / stride) ** 2;
      if (!KNOWN_STRIDES.has(stride) || (strides.length > 0 && stride <= (strides.at(-1) as number)) || !Number.isInteger(run)) break;
      let same = 0;
      while (same < run && values[i + same] === stride) same++;
      if (same !== run) break;
      strides.push(stride);
      i += run;
    }
    if (i === values.length && strides.length > 1) return grid(size, strides);
  }
  return undefined;
}

/** The grid's strides, one per anchor. */
function strideValues(g: Grid): Float32Array {
  const out = new Float32Array(g.count);
  cells(g, (i, _x, _y, stride) => {
    out[i] = stride;
  });
  return out;
}

/** Anchor centres `[2, A]` (x row, y row) shifted by `offset` cells: 0.5 in ultralytics' make_anchors, 0 once an export folds `anchors - 0.5`. */
function pointValues(g: Grid, offset: number): Float32Array {
  const out = new Float32Array(2 * g.count);
  cells(g, (i, x, y) => {
    out[i] = x + offset;
    out[g.count + i] = y + offset;
  });
  return out;
}

const equal = (a: Float32Array, b: Float32Array): boolean => a.length === b.length && a.every((v, i) => Math.abs(v - (b[i] as number)) < 1e-4);

function setFloats(tensor: TensorProto, values: Float32Array, from: number, to: number): void {
  tensor.dims = (tensor.dims ?? []).map((d) => (Number(d) === from ? to : d));
  tensor.floatData = [];
  tensor.rawData = new Uint8Array(values.buffer.slice(0));
}

function int64Values(tensor: TensorProto): bigint[] {
  const raw = tensor.rawData;
  if (raw && raw.length > 0) return [...new BigInt64Array(new Uint8Array(raw).buffer)];
  return (tensor.int64Data ?? []).map((v) => BigInt(v.toString()));
}

/**
 * Rewrites the anchor-dependent constants of grid `from` into grid `to`: every strides tensor
 * (`[1, A]`; a pose head has a second), the anchor centres (`[2, A]`, any constant offset), and
 * every int64 shape holding the anchor count (`Reshape` to `[1, 4, 16, A]`). Returns how many
 * tensors changed.
 */
function rewriteConstants(model: ModelProto, from: Grid, to: Grid): number {
  const fromStrides = strideValues(from);
  let changed = 0;
  for (const tensor of constants(model)) {
    if (tensor.dataType === DataType.FLOAT) {
      const values = floatValues(tensor);
      const offset = values[0] as number;
      const next = values.length === from.count && equal(values, fromStrides) ? strideValues(to) : values.length === 2 * from.count && equal(values, pointValues(from, offset)) ? pointValues(to, offset) : undefined;
      if (!next) continue;
      setFloats(tensor, next, from.count, to.count);
      changed++;
    } else if (tensor.dataType === DataType.INT64) {
      const values = int64Values(tensor);
      if (!values.includes(BigInt(from.count))) continue;
      const next = BigInt64Array.from(values.map((v) => (v === BigInt(from.count) ? BigInt(to.count) : v)));
      tensor.int64Data = [];
      tensor.rawData = new Uint8Array(next.buffer);
      changed++;
    }
  }
  return changed;
}

function setDims(info: ValueInfoProto, map: (d: number, index: number, rank: number) => number): void {
  const dims = info.type?.tensorType?.shape?.dim ?? [];
  dims.forEach((d, index) => {
    if (d.dimValue !== undefined && d.dimValue !== null) d.dimValue = map(Number(d.dimValue), index, dims.length);
  });
}

/** The input size a smaller variant gets: half the export's, on the 32-pixel grid a YOLO needs (640 → 320, 320 → 160). */
export function smallerSize(size: number): number | undefined {
  const half = Math.floor(size / 2 / 32) * 32;
  return half >= 32 ? half : undefined;
}

/**
 * The same YOLO export at a smaller square input: the input and output shapes, the anchor grid
 * (strides and centres, as ultralytics bakes them into a static export), the shapes that hold
 * the anchor count and the `imgsz` metadata become those of `size`; the weights stay as they are
 * (convolutions do not depend on the input size). `skipped` says why a graph cannot be resized:
 * no anchor grid constant (not an ultralytics YOLO head), or a non-square or dynamic input.
 * The caller must still run the result: a graph that fixes other sizes fails to load or to
 * give `[1, C, A']`.
 */
export function resizeInput(bytes: Uint8Array, size: number): { bytes: Uint8Array; converted: number; skipped?: string } {
  const model = decodeModel(bytes);
  const input = model.graph?.input?.[0];
  const dims = (input?.type?.tensorType?.shape?.dim ?? []).map((d) => (d.dimValue === undefined || d.dimValue === null ? Number.NaN : Number(d.dimValue)));
  const [, , h = Number.NaN, w = Number.NaN] = dims;
  if (!input || dims.length !== 4 || !Number.isFinite(h) || h !== w) return { bytes, converted: 0, skipped: `input is not a fixed square [1, 3, S, S] (${dims.join(', ')})` };
  if (size >= h || size % 32 !== 0) return { bytes, converted: 0, skipped: `${size} is not a smaller multiple of 32 than ${h}` };
  const from = readGrid(model, h);
  if (!from) return { bytes, converted: 0, skipped: 'no YOLO anchor grid (strides constant) to rebuild at another size' };
  const to = grid(size, from.strides);
  if (!Number.isInteger(to.count) || from.strides.some((s) => size % s !== 0)) return { bytes, converted: 0, skipped: `${size} is not a multiple of every stride (${from.strides.join(', ')})` };
  const converted = rewriteConstants(model, from, to);
  const graph = model.graph as GraphProto;
  setDims(input, (d, index) => (index >= 2 ? size : d));
  // Outputs: the anchor count, and square maps at the input over k (the protos, S/4) scaled alike.
  for (const output of graph.output ?? []) setDims(output, (d, index, rank) => (d === from.count ? to.count : rank === 4 && index >= 2 && (h / d) % 1 === 0 ? size / (h / d) : d));
  graph.valueInfo = [];
  for (const prop of model.metadataProps ?? []) if (prop.key === 'imgsz') prop.value = `[${size}, ${size}]`;
  return { bytes: encodeModel(model), converted };
}
