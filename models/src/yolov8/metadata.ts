/** What the metadata describes; everything else is fixed by the export settings we mirror. */
export interface MetadataInput {
  task: 'detect' | 'segment' | 'pose';
  /** Pose only: written as `kpt_shape`, last, as the Exporter adds it. */
  kptShape?: readonly [number, number];
  names: readonly string[];
  imgsz: number;
  seed: number;
  generatorVersion: string;
}

// Fixed rather than now() so that regenerating a model is byte-identical.
const GENERATED_ON = '2025-01-01T00:00:00';

/** Python's repr() of a str: single quotes unless the text holds a single quote and no double quote. */
export function pythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's str() of a dict of class names, e.g. `{0: 'acne', 1: 'papule'}`. */
export function pythonNames(names: readonly string[]): string {
  return `{${names.map((name, i) => `${i}: ${pythonString(name)}`).join(', ')}}`;
}

/**
 * The `metadata_props` of an architecture-equivalent YOLOv8n graph, keyed and formatted as
 * ultralytics' Exporter writes them (`str(value)` of each entry, so dicts and lists are Python
 * literals) for `yolo export format=onnx opset=13 batch=1`.
 * @example yolov8Metadata({ task: 'detect', names: ['face'], imgsz: 640, seed: 0, generatorVersion: '1' }).names // "{0: 'face'}"
 */
export function yolov8Metadata(input: MetadataInput): Record<string, string> {
  const model = { detect: 'YOLOv8n', segment: 'YOLOv8n-seg', pose: 'YOLOv8n-pose' }[input.task];
  return {
    description:
      `derma-edge architecture-equivalent ${model} graph (same layers, shapes and FLOPs) with seeded random ` +
      `weights (seed ${input.seed}); for contract tests and benchmarks only, not a diagnostic model`,
    author: 'derma-edge',
    date: GENERATED_ON,
    version: input.generatorVersion,
    license: 'AGPL-3.0 License (https://ultralytics.com/license)',
    docs: 'https://docs.ultralytics.com',
    stride: '32',
    task: input.task,
    batch: '1',
    imgsz: `[${input.imgsz}, ${input.imgsz}]`,
    names: pythonNames(input.names),
    args: "{'batch': 1, 'half': False, 'int8': False, 'dynamic': False, 'nms': False}",
    channels: '3',
    ...(input.kptShape ? { kpt_shape: `[${input.kptShape[0]}, ${input.kptShape[1]}]` } : {}),
  };
}
