import { add, concat, splitHalves } from './feature-ops';
import type { Feature, LayerContext } from './layer-context';

/** Ultralytics `Bottleneck` with k=(3,3), e=1.0: two 3x3 Convs, plus the input when `shortcut`. */
function bottleneck(ctx: LayerContext, x: Feature, scope: string, shortcut: boolean): Feature {
  const y = ctx.conv(ctx.conv(x, `${scope}.cv1`, x.c, 3), `${scope}.cv2`, x.c, 3);
  return shortcut ? add(ctx, x, y) : y;
}

/**
 * Ultralytics `C2f(c1, c2, n, shortcut)`: a 1x1 Conv to 2c channels (c = c2 / 2), split in two
 * halves, n Bottlenecks chained on the second half, every intermediate concatenated and mixed
 * by a 1x1 Conv to c2.
 */
export function c2f(ctx: LayerContext, x: Feature, scope: string, cout: number, repeats: number, shortcut: boolean): Feature {
  const hidden = Math.floor(cout / 2);
  const parts: Feature[] = splitHalves(ctx, ctx.conv(x, `${scope}.cv1`, 2 * hidden, 1), scope);
  let last = parts[1] as Feature;
  for (let i = 0; i < repeats; i++) {
    last = bottleneck(ctx, last, `${scope}.m.${i}`, shortcut);
    parts.push(last);
  }
  return ctx.conv(concat(ctx, parts), `${scope}.cv2`, cout, 1);
}
