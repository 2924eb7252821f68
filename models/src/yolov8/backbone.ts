import { c2f } from './c2f';
import type { Feature, LayerContext } from './layer-context';
import { sppf } from './sppf';
import { scaledChannels as ch, scaledRepeats as n } from './yolov8-scale';

/** The backbone's outputs the neck consumes: P3 (stride 8), P4 (stride 16) and P5 after SPPF (stride 32). */
export interface BackboneFeatures {
  p3: Feature;
  p4: Feature;
  p5: Feature;
}

/**
 * The YOLOv8 backbone, layers model.0 to model.9 of ultralytics/cfg/models/v8/yolov8.yaml,
 * scaled to 'n': strided 3x3 Convs alternating with C2f blocks (with shortcuts), then SPPF.
 */
export function backbone(ctx: LayerContext, images: Feature): BackboneFeatures {
  const x0 = ctx.conv(images, 'model.0', ch(64), 3, 2);
  const x1 = ctx.conv(x0, 'model.1', ch(128), 3, 2);
  const x2 = c2f(ctx, x1, 'model.2', ch(128), n(3), true);
  const x3 = ctx.conv(x2, 'model.3', ch(256), 3, 2);
  const p3 = c2f(ctx, x3, 'model.4', ch(256), n(6), true);
  const x5 = ctx.conv(p3, 'model.5', ch(512), 3, 2);
  const p4 = c2f(ctx, x5, 'model.6', ch(512), n(6), true);
  const x7 = ctx.conv(p4, 'model.7', ch(1024), 3, 2);
  const x8 = c2f(ctx, x7, 'model.8', ch(1024), n(3), true);
  return { p3, p4, p5: sppf(ctx, x8, 'model.9', ch(1024)) };
}
