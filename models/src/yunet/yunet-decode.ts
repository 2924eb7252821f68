import type { GraphBuilder } from '../onnx-graph';
import type { YunetHeads } from './embed-yunet';
import { YUNET_STRIDES, yunetGrid } from './yunet-grid';

/** YuNet's five landmarks: right eye, left eye, nose tip, right and left mouth corner. */
export const YUNET_KEYPOINTS = 5;

/** The per-stride outputs of one head joined over strides 8, 16, 32: [1, N, width]. */
function joined(g: GraphBuilder, heads: YunetHeads, head: string): string {
  return g.op('Concat', YUNET_STRIDES.map((s) => heads.outputs[`${head}_${s}`] ?? ''), { axis: { i: 1 } });
}

function slice(g: GraphBuilder, x: string, from: number, to: number): string {
  return g.op('Slice', [x, g.int64('decode.from', [from]), g.int64('decode.to', [to]), g.int64('decode.axis', [2])]);
}

/**
 * YuNet's decode (SOURCE.md; OpenCV's FaceDetectorYN) written as graph ops behind its heads:
 * score = sqrt(cls x obj); centre = (cell + bbox[0:2]) x s; size = exp(bbox[2:4]) x s;
 * landmark k = (cell + kps[2k:2k+2]) x s. Returns the ultralytics pose `output0`
 * [1, 4 + 1 + 5 x 3, N]: cx, cy, w, h, face score, then x, y, visibility per landmark, where
 * visibility is the face score (YuNet has no per-landmark confidence, and the score says how
 * sure the landmarks are as much as the box).
 */
export function decodeYunet(g: GraphBuilder, heads: YunetHeads): { output0: string; anchors: number } {
  const grid = yunetGrid(heads.imgsz);
  const n = grid.count;
  const cells = g.weight('decode.cells', grid.cells, [1, n, 2]);
  const strides = g.weight('decode.strides', grid.strides, [1, n, 1]);
  const score = g.op('Sqrt', [g.op('Mul', [joined(g, heads, 'cls'), joined(g, heads, 'obj')])]);
  const bbox = joined(g, heads, 'bbox');
  const centre = g.op('Mul', [g.op('Add', [slice(g, bbox, 0, 2), cells]), strides]);
  const size = g.op('Mul', [g.op('Exp', [slice(g, bbox, 2, 4)]), strides]);
  const k = YUNET_KEYPOINTS;
  const kps = g.op('Reshape', [joined(g, heads, 'kps'), g.int64('decode.kps', [1, n, k, 2])]);
  const cells4 = g.op('Reshape', [cells, g.int64('decode.cells4', [1, n, 1, 2])]);
  const strides4 = g.op('Reshape', [strides, g.int64('decode.strides4', [1, n, 1, 1])]);
  const xy = g.op('Mul', [g.op('Add', [kps, cells4]), strides4]);
  const visibility = g.op('Expand', [g.op('Reshape', [score, g.int64('decode.score4', [1, n, 1, 1])]), g.int64('decode.vis', [1, n, k, 1])]);
  const keypoints = g.op('Reshape', [g.op('Concat', [xy, visibility], { axis: { i: 3 } }), g.int64('decode.kpts', [1, n, k * 3])]);
  const rows = g.op('Concat', [centre, size, score, keypoints], { axis: { i: 2 } });
  return { output0: g.op('Transpose', [rows], { perm: { ints: [0, 2, 1] } }), anchors: n };
}
