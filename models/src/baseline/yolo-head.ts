import type { GraphBuilder } from '../onnx-graph';
import { IMGSZ, PROTO } from './blocks';
import type { CandidateRows } from './candidates';

/** Number of mask coefficients and prototype channels in a YOLO-seg head. */
export const MASK_DIM = 32;

function rowStack(g: GraphBuilder, rows: CandidateRows, extra: readonly string[], count: number, cells: number): string {
  const stacked = g.op('Concat', [rows.cx, rows.cy, rows.w, rows.h, rows.score, ...extra], { axis: { i: 1 } });
  return g.op('Reshape', [stacked, g.int64('head_shape', [1, count, cells])]);
}

/**
 * Writes the ultralytics segment outputs for one class: `output0` [1, 4+1+32, G*G] from the
 * candidate rows (every candidate's coefficients select prototype channel 0) and `output1`
 * [1, 32, 160, 160] whose channel 0 is `protoLogit` (mask logit, > 0 inside) and the rest zeros.
 */
export function segmentHead(g: GraphBuilder, rows: CandidateRows, protoLogit: string, grid: number): void {
  const cells = grid * grid;
  const coeffs = Array.from({ length: MASK_DIM }, (_, i) => (i === 0 ? 1 : 0));
  const coeffMap = g.op('Expand', [
    g.weight('mask_coeffs', coeffs, [1, MASK_DIM, 1, 1]),
    g.int64('coeff_shape', [1, MASK_DIM, grid, grid]),
  ]);
  const rowsCount = 4 + 1 + MASK_DIM;
  g.output('output0', rowStack(g, rows, [coeffMap], rowsCount, cells), [1, rowsCount, cells]);
  const zeros = g.op('Expand', [
    g.weight('proto_zero', [0], [1, 1, 1, 1]),
    g.int64('proto_shape', [1, MASK_DIM - 1, PROTO, PROTO]),
  ]);
  const protos = g.op('Concat', [protoLogit, zeros], { axis: { i: 1 } });
  g.output('output1', protos, [1, MASK_DIM, PROTO, PROTO]);
}

/**
 * `metadata_props` exactly as ultralytics' ONNX export writes them (values are Python literals),
 * plus our description, version and author.
 * @example yoloMetadata({ task: 'segment', name: 'acne', description: '...', version: '1.0.0' })
 */
export function yoloMetadata(opts: { task: 'segment'; name: string; description: string; version: string }): Record<string, string> {
  return {
    description: opts.description,
    author: 'derma-edge',
    version: opts.version,
    stride: '32',
    task: opts.task,
    batch: '1',
    imgsz: `[${IMGSZ}, ${IMGSZ}]`,
    names: `{0: '${opts.name}'}`,
  };
}
