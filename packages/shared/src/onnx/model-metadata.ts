import type { PyValue } from './python-literal';
import { parsePythonLiteral } from './python-literal';

/** The Ultralytics metadata the pipeline relies on. */
export interface UltralyticsMetadata {
  task: 'detect' | 'segment' | 'pose';
  /** Pose only: [K, D] from `kpt_shape`, K keypoints of D values (x, y or x, y, visibility). */
  kptShape?: [number, 2 | 3];
  /** Class names by class index 0..nc-1. */
  names: string[];
  /** [height, width] of the model input. */
  imgsz: [number, number];
  stride: number;
  description: string;
  version: string;
}

function isInt(v: PyValue): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function parseNames(raw: string): string[] {
  const value = parsePythonLiteral(raw);
  const pairs: [PyValue, PyValue][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? value.entries
      : [];
  if (pairs.length === 0) throw new Error(`names must be a non-empty dict or list, got ${raw}`);
  const names: string[] = [];
  for (const [k, v] of pairs) {
    if (!isInt(k) || typeof v !== 'string' || v.length === 0) throw new Error(`names entry ${String(k)}: ${String(v)} is not index: 'name'`);
    names[k] = v;
  }
  if (names.length !== pairs.length) throw new Error(`names indices must be 0..${pairs.length - 1}`);
  return names;
}

function parseImgsz(raw: string): [number, number] {
  const value = parsePythonLiteral(raw);
  const list = isInt(value) ? [value, value] : value;
  if (!Array.isArray(list) || list.length !== 2 || !list.every(isInt) || list.some((v) => v === 0)) {
    throw new Error(`imgsz must be [h, w] of positive integers, got ${raw}`);
  }
  return [list[0] as number, list[1] as number];
}

function parseKptShape(raw: string): [number, 2 | 3] {
  const value = parsePythonLiteral(raw);
  const [k, d] = Array.isArray(value) && value.length === 2 && value.every(isInt) ? value : [];
  if (typeof k !== 'number' || k === 0 || (d !== 2 && d !== 3)) throw new Error(`kpt_shape must be [K, 2] or [K, 3] with K >= 1, got ${raw}`);
  return [k, d];
}

const TASKS = ['detect', 'segment', 'pose'] as const;
const isTask = (t: string | undefined): t is UltralyticsMetadata['task'] => TASKS.some((known) => known === t);

/**
 * Reads and validates Ultralytics `metadata_props` (Python literals such as `{0: 'acne'}`,
 * `[640, 640]` and, for pose, `kpt_shape` `[5, 3]`, as written by `yolo export format=onnx`).
 * @throws Error listing what is missing or malformed.
 */
export function parseUltralyticsMetadata(props: Readonly<Record<string, string>>): UltralyticsMetadata {
  const missing = ['names', 'imgsz', 'task'].filter((k) => !(k in props));
  if (missing.length > 0) throw new Error(`metadata is missing ${missing.join(', ')}`);
  const task = props.task?.trim();
  if (!isTask(task)) throw new Error(`task "${task}" is not detect, segment or pose`);
  if (task === 'pose' && props.kpt_shape === undefined) throw new Error('a pose model needs kpt_shape');
  const stride = props.stride === undefined ? 32 : parsePythonLiteral(props.stride);
  if (!isInt(stride) || stride === 0) throw new Error(`stride must be a positive integer, got ${props.stride}`);
  return {
    task,
    names: parseNames(props.names ?? ''),
    imgsz: parseImgsz(props.imgsz ?? ''),
    stride,
    description: props.description ?? '',
    version: props.version ?? '',
    ...(task === 'pose' ? { kptShape: parseKptShape(props.kpt_shape ?? '') } : {}),
  };
}
