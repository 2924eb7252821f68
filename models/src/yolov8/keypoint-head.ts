import { anchorGrid } from './anchors';
import type { Feature, LayerContext } from './layer-context';
import { STRIDES } from './yolov8-scale';

/** Keypoints per box and values per keypoint (x, y or x, y, visibility), as Pose.kpt_shape. */
export type KptShape = readonly [number, 2 | 3];

/** Width of the keypoint branch (Pose.cv4): max(ch0 // 4, nk). */
export function keypointWidth(p3Channels: number, kptShape: KptShape): number {
  return Math.max(Math.floor(p3Channels / 4), kptShape[0] * kptShape[1]);
}

/**
 * Ultralytics Pose.kpts_decode in export mode on the raw [1, K·D, A] keypoint maps:
 * x, y = (raw · 2 + (anchor - 0.5)) · stride, visibility = sigmoid(raw), back to [1, K·D, A].
 */
export function decodeKeypoints(ctx: LayerContext, raw: string, kptShape: KptShape, imgsz: number): string {
  const g = ctx.g;
  const [k, d] = kptShape;
  const grid = anchorGrid(imgsz);
  const a = grid.count;
  const y = g.op('Reshape', [raw, g.int64('model.22.kpt.shape', [1, k, d, a])]);
  const slice = (from: number, to: number): string =>
    g.op('Slice', [y, g.int64('model.22.kpt.from', [from]), g.int64('model.22.kpt.to', [to]), g.int64('model.22.kpt.axis', [2])]);
  const cells = g.weight('model.22.kpt.anchors', grid.points.map((p) => p - 0.5), [1, 1, 2, a]);
  const strides = g.weight('model.22.kpt.strides', grid.strides, [1, 1, 1, a]);
  const xy = g.op('Mul', [g.op('Add', [g.op('Mul', [slice(0, 2), g.scalar('model.22.kpt.two', 2)]), cells]), strides]);
  const decoded = d === 3 ? g.op('Concat', [xy, g.op('Sigmoid', [slice(2, 3)])], { axis: { i: 2 } }) : xy;
  return g.op('Reshape', [decoded, g.int64('model.22.kpt.flat', [1, k * d, a])]);
}

/**
 * The keypoint branch of ultralytics `Pose` (cv4: Conv 3x3, Conv 3x3, Conv2d 1x1 to K·D per
 * level), flattened over P3, P4, P5 and decoded: [1, K·D, A] in input pixels, visibility 0..1.
 */
export function keypointHead(ctx: LayerContext, levels: readonly Feature[], kptShape: KptShape, imgsz: number): string {
  const nk = kptShape[0] * kptShape[1];
  const hidden = keypointWidth(levels[0]?.c ?? 0, kptShape);
  const maps = levels.map((x, i) => {
    const y = ctx.conv(ctx.conv(x, `model.22.cv4.${i}.0`, hidden, 3), `model.22.cv4.${i}.1`, hidden, 3);
    const out = ctx.conv2d(y, `model.22.cv4.${i}.2`, nk, 1, 1, { gain: 1, bias: 0 });
    return ctx.g.op('Reshape', [out.name, ctx.g.int64(`model.22.cv4.${i}.view`, [1, nk, -1])]);
  });
  if (maps.length !== STRIDES.length) throw new Error(`pose head needs ${STRIDES.length} levels, got ${maps.length}`);
  return decodeKeypoints(ctx, ctx.g.op('Concat', maps, { axis: { i: 2 } }), kptShape, imgsz);
}
