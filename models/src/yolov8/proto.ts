import type { Feature, LayerContext } from './layer-context';
import { MASK_COEFFS } from './yolov8-scale';

/**
 * Ultralytics `Proto(c1, c_, c2=32)` on P3: Conv 3x3, ConvTranspose 2x2 stride 2 (no
 * activation), Conv 3x3, Conv 1x1 to the 32 prototype masks at 1/4 of the input size.
 */
export function proto(ctx: LayerContext, p3: Feature, hidden: number): Feature {
  const x = ctx.conv(p3, 'model.22.proto.cv1', hidden, 3);
  const up = ctx.convTranspose(x, 'model.22.proto.upsample', hidden, 2);
  return ctx.conv(ctx.conv(up, 'model.22.proto.cv2', hidden, 3), 'model.22.proto.cv3', MASK_COEFFS, 1);
}
