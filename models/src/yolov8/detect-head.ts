import { decodeBoxes } from './dfl-decode';
import type { KptShape } from './keypoint-head';
import { keypointHead } from './keypoint-head';
import type { ConvInit, Feature, LayerContext } from './layer-context';
import { headWidths, MASK_COEFFS, REG_MAX, STRIDES } from './yolov8-scale';

/**
 * Std of the class logits on the calibration image. With ultralytics' prior bias it puts a
 * handful of anchors (not thousands) above conf 0.25 on a photo-like image.
 */
const CLASS_LOGIT_STD = 1.0;

/** Two 3x3 Convs and a plain 1x1 Conv2d: the shape of every Detect/Segment branch (cv2, cv3, cv4). */
function branch(ctx: LayerContext, x: Feature, scope: string, hidden: number, cout: number, init: ConvInit): Feature {
  const y = ctx.conv(ctx.conv(x, `${scope}.0`, hidden, 3), `${scope}.1`, hidden, 3);
  return ctx.conv2d(y, `${scope}.2`, cout, 1, 1, init);
}

/** view(1, c, -1) of each level's maps concatenated on channels, then cat(..., 2) over levels: [1, c, A]. */
function flattenLevels(ctx: LayerContext, levels: readonly (readonly Feature[])[], scope: string): string {
  const flat = levels.map((maps, i) => {
    const c = maps.reduce((sum, m) => sum + m.c, 0);
    const joined = maps.length === 1 ? (maps[0]?.name ?? '') : ctx.g.op('Concat', maps.map((m) => m.name), { axis: { i: 1 } });
    return ctx.g.op('Reshape', [joined, ctx.g.int64(`${scope}.${i}.shape`, [1, c, -1])]);
  });
  return ctx.g.op('Concat', flat, { axis: { i: 2 } });
}

/** What the head adds after the class scores: mask coefficients (Segment), keypoints (Pose) or nothing (Detect). */
export type HeadExtra = { masks: true } | { kptShape: KptShape } | Record<string, never>;

/**
 * Ultralytics `Detect` (plus the mask-coefficient branch of `Segment`, or the keypoint branch of
 * `Pose`) over the neck's P3, P4, P5 in export mode: returns `output0`'s tensor,
 * [1, 4 + nc (+ 32 | + K·D), A], boxes as cx, cy, w, h in input pixels, then sigmoid class
 * scores, then raw mask coefficients or decoded keypoints.
 */
export function detectHead(ctx: LayerContext, levels: readonly Feature[], nc: number, imgsz: number, extra: HeadExtra): string {
  const widths = headWidths(levels[0]?.c ?? 0, nc);
  const raw = levels.map((x, i) => {
    const stride = STRIDES[i] ?? 32;
    // Ultralytics Detect.bias_init: box logits 1.0, class prior log(5 / nc / (640 / s)^2).
    const box = branch(ctx, x, `model.22.cv2.${i}`, widths.box, 4 * REG_MAX, { bias: 1 });
    const prior = Math.log(5 / nc / (640 / stride) ** 2);
    const cls = branch(ctx, x, `model.22.cv3.${i}`, widths.cls, nc, { gain: CLASS_LOGIT_STD, bias: prior });
    return [box, cls];
  });
  const all = flattenLevels(ctx, raw, 'model.22.level');
  const anchors = levels.reduce((sum, l) => sum + l.h * l.w, 0);
  const [box, cls] = ctx.g.opN('Split', [all, ctx.g.int64('model.22.split', [4 * REG_MAX, nc])], 2, { axis: { i: 1 } });
  const parts = [decodeBoxes(ctx, box ?? '', anchors, imgsz), ctx.g.op('Sigmoid', [cls ?? ''])];
  if ('masks' in extra) {
    const coeffs = levels.map((x, i) => [branch(ctx, x, `model.22.cv4.${i}`, widths.mask, MASK_COEFFS, { bias: 0 })]);
    parts.push(flattenLevels(ctx, coeffs, 'model.22.mc'));
  }
  if ('kptShape' in extra) parts.push(keypointHead(ctx, levels, extra.kptShape, imgsz));
  return ctx.g.op('Concat', parts, { axis: { i: 1 } });
}
