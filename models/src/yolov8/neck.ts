import type { BackboneFeatures } from './backbone';
import { c2f } from './c2f';
import { concat, upsample2x } from './feature-ops';
import type { Feature, LayerContext } from './layer-context';
import { scaledChannels as ch, scaledRepeats as n } from './yolov8-scale';

/**
 * The YOLOv8 FPN/PAN neck, layers model.10 to model.21 of yolov8.yaml scaled to 'n': top-down
 * (upsample, concat with the backbone level, C2f without shortcut), then bottom-up (strided
 * Conv, concat with the top-down level, C2f). Returns the three maps the head reads.
 */
export function neck(ctx: LayerContext, { p3, p4, p5 }: BackboneFeatures): [Feature, Feature, Feature] {
  const x12 = c2f(ctx, concat(ctx, [upsample2x(ctx, p5, 'model.10'), p4]), 'model.12', ch(512), n(3), false);
  const out3 = c2f(ctx, concat(ctx, [upsample2x(ctx, x12, 'model.13'), p3]), 'model.15', ch(256), n(3), false);
  const x16 = ctx.conv(out3, 'model.16', ch(256), 3, 2);
  const out4 = c2f(ctx, concat(ctx, [x16, x12]), 'model.18', ch(512), n(3), false);
  const x19 = ctx.conv(out4, 'model.19', ch(512), 3, 2);
  const out5 = c2f(ctx, concat(ctx, [x19, p5]), 'model.21', ch(1024), n(3), false);
  return [out3, out4, out5];
}
