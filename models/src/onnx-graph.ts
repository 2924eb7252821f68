import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';

const { onnx } = onnxProto;

/** An ONNX attribute value; the wrapper says which proto type it is written as. */
export type AttrValue =
  | { i: number }
  | { f: number }
  | { s: string }
  | { ints: readonly number[] }
  | { floats: readonly number[] };

type Dims = readonly (number | string)[];

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;

function valueInfo(name: string, dims: Dims): Onnx.IValueInfoProto {
  const dim = dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return { name, type: { tensorType: { elemType: FLOAT, shape: { dim } } } };
}

function toAttribute(name: string, value: AttrValue): Onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if ('i' in value) return { name, type: T.INT, i: value.i };
  if ('f' in value) return { name, type: T.FLOAT, f: value.f };
  if ('s' in value) return { name, type: T.STRING, s: new TextEncoder().encode(value.s) };
  if ('ints' in value) return { name, type: T.INTS, ints: [...value.ints] };
  return { name, type: T.FLOATS, floats: [...value.floats] };
}

function rawBytes(view: Float32Array | BigInt64Array): Uint8Array {
  // Copy so the proto owns little-endian bytes independent of the caller's buffer.
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

/**
 * Builds an ONNX graph node by node and serialises it deterministically, so a generator that
 * is run twice writes byte-identical files.
 */
export class GraphBuilder {
  private readonly nodes: Onnx.INodeProto[] = [];
  private readonly initializers: Onnx.ITensorProto[] = [];
  private readonly inputs: Onnx.IValueInfoProto[] = [];
  private readonly outputs: Onnx.IValueInfoProto[] = [];
  private counter = 0;

  private fresh(hint: string): string {
    this.counter += 1;
    return `${hint}_${this.counter}`;
  }

  /** Declares a float32 graph input and returns its name. */
  input(name: string, dims: Dims): string {
    this.inputs.push(valueInfo(name, dims));
    return name;
  }

  /** Declares a float32 graph output; `from` is renamed to `name` through an Identity node. */
  output(name: string, from: string, dims: Dims): void {
    this.nodes.push({ opType: 'Identity', input: [from], output: [name], name: this.fresh('out') });
    this.outputs.push(valueInfo(name, dims));
  }

  /** Adds a float32 initializer with the given shape and returns its name. */
  weight(hint: string, data: Float32Array | readonly number[], dims: readonly number[]): string {
    const values = data instanceof Float32Array ? data : Float32Array.from(data);
    const expected = dims.reduce((a, b) => a * b, 1);
    if (values.length !== expected) {
      throw new Error(`weight ${hint}: ${values.length} values for dims [${dims.join(',')}]`);
    }
    const name = this.fresh(hint);
    this.initializers.push({ name, dims: [...dims], dataType: FLOAT, rawData: rawBytes(values) });
    return name;
  }

  /** Adds an int64 initializer (shapes, axes, pads) and returns its name. */
  int64(hint: string, values: readonly number[]): string {
    const name = this.fresh(hint);
    const data = BigInt64Array.from(values.map((v) => BigInt(v)));
    this.initializers.push({ name, dims: [values.length], dataType: INT64, rawData: rawBytes(data) });
    return name;
  }

  /** Adds a scalar-like float constant broadcastable against anything. */
  scalar(hint: string, value: number): string {
    return this.weight(hint, [value], [1]);
  }

  /**
   * Adds nodes and initializers taken from another model as they are; the caller has renamed
   * them so they cannot clash with names this builder makes (`hint_N`).
   */
  embed(nodes: readonly Onnx.INodeProto[], initializers: readonly Onnx.ITensorProto[]): void {
    this.nodes.push(...nodes);
    this.initializers.push(...initializers);
  }

  /** Adds a node with one output and returns the output's name. */
  op(opType: string, inputs: readonly string[], attrs: Record<string, AttrValue> = {}): string {
    return this.opN(opType, inputs, 1, attrs)[0] as string;
  }

  /** Adds a node with `count` outputs and returns their names. */
  opN(opType: string, inputs: readonly string[], count: number, attrs: Record<string, AttrValue> = {}): string[] {
    const output = Array.from({ length: count }, () => this.fresh(opType.toLowerCase()));
    const attribute = Object.entries(attrs).map(([k, v]) => toAttribute(k, v));
    this.nodes.push({ opType, input: [...inputs], output, name: this.fresh(opType), attribute });
    return output;
  }

  /** Serialises the model (IR 8, opset 13 by default) with string metadata_props. */
  build(options: { name: string; metadata: Record<string, string>; opset?: number; docString?: string }): Uint8Array {
    const model: Onnx.IModelProto = {
      irVersion: 8,
      producerName: 'derma-edge',
      producerVersion: '1',
      opsetImport: [{ domain: '', version: options.opset ?? 13 }],
      docString: options.docString ?? '',
      metadataProps: Object.entries(options.metadata).map(([key, value]) => ({ key, value })),
      graph: {
        name: options.name,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
    };
    return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
  }
}
