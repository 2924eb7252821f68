import { anchorGrid } from './anchors';
import type { LayerContext } from './layer-context';
import { REG_MAX } from './yolov8-scale';

/**
 * Ultralytics `DFL`: the 4 x 16 box logits of each anchor are reshaped to [1, 4, 16, A],
 * transposed to [1, 16, 4, A], softmaxed over the 16 bins and projected by a fixed 1x1 conv
 * whose weights are 0..15, giving the expected distance (in grid cells) per box side.
 */
function dfl(ctx: LayerContext, box: string, anchors: number, scope: string): string {
  const g = ctx.g;
  const binned = g.op('Reshape', [box, g.int64(`${scope}.shape`, [1, 4, REG_MAX, anchors])]);
  const bins = g.op('Transpose', [binned], { perm: { ints: [0, 2, 1, 3] } });
  const probs = g.op('Softmax', [bins], { axis: { i: 1 } });
  const arange = Float32Array.from({ length: REG_MAX }, (_, i) => i);
  const expected = ctx.fixedConv1x1(probs, `${scope}.conv`, arange, REG_MAX, 4, anchors);
  return g.op('Reshape', [expected, g.int64(`${scope}.flat`, [1, 4, anchors])]);
}

/**
 * The Detect head's decode as exported: DFL, then dist2bbox(xywh=True) against the static
 * anchors, times the stride. `box` is [1, 64, A]; the result is [1, 4, A] (cx, cy, w, h in
 * input pixels).
 */
export function decodeBoxes(ctx: LayerContext, box: string, anchorCount: number, imgsz: number): string {
  const g = ctx.g;
  const grid = anchorGrid(imgsz);
  if (grid.count !== anchorCount) throw new Error(`anchor grid ${grid.count} != head anchors ${anchorCount}`);
  const distances = dfl(ctx, box, grid.count, 'model.22.dfl');
  const [lt, rb] = g.opN('Split', [distances, g.int64('model.22.ltrb', [2, 2])], 2, { axis: { i: 1 } });
  const anchors = g.weight('model.22.anchors', grid.points, [1, 2, grid.count]);
  const x1y1 = g.op('Sub', [anchors, lt ?? '']);
  const x2y2 = g.op('Add', [anchors, rb ?? '']);
  const centre = g.op('Div', [g.op('Add', [x1y1, x2y2]), g.scalar('model.22.two', 2)]);
  const size = g.op('Sub', [x2y2, x1y1]);
  const xywh = g.op('Concat', [centre, size], { axis: { i: 1 } });
  return g.op('Mul', [xywh, g.weight('model.22.strides', grid.strides, [1, 1, grid.count])]);
}
