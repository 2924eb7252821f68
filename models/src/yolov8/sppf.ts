import { concat, maxPool } from './feature-ops';
import type { Feature, LayerContext } from './layer-context';

const POOL_KERNEL = 5;

/**
 * Ultralytics `SPPF(c1, c2, k=5)`: a 1x1 Conv to c1 / 2, three chained stride-1 MaxPools of
 * kernel 5, the four maps concatenated and mixed by a 1x1 Conv to c2.
 */
export function sppf(ctx: LayerContext, x: Feature, scope: string, cout: number): Feature {
  const first = ctx.conv(x, `${scope}.cv1`, Math.floor(x.c / 2), 1);
  const pooled1 = maxPool(ctx, first, POOL_KERNEL);
  const pooled2 = maxPool(ctx, pooled1, POOL_KERNEL);
  const pooled3 = maxPool(ctx, pooled2, POOL_KERNEL);
  return ctx.conv(concat(ctx, [first, pooled1, pooled2, pooled3]), `${scope}.cv2`, cout, 1);
}
