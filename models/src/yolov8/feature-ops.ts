import { calibMaxPool, calibUpsample2x } from './calibration-ops';
import type { Feature, LayerContext } from './layer-context';

/** Concatenates features along channels. */
export function concat(ctx: LayerContext, parts: readonly Feature[]): Feature {
  const [first] = parts;
  if (!first) throw new Error('concat of nothing');
  const c = parts.reduce((sum, p) => sum + p.c, 0);
  const data = new Float32Array(parts.reduce((sum, p) => sum + p.calib.data.length, 0));
  let offset = 0;
  for (const p of parts) {
    data.set(p.calib.data, offset);
    offset += p.calib.data.length;
  }
  const name = ctx.g.op('Concat', parts.map((p) => p.name), { axis: { i: 1 } });
  return { name, c, h: first.h, w: first.w, calib: { ...first.calib, data, c } };
}

/** Splits a feature into two equal channel halves (torch's chunk(2, 1), exported as Split). */
export function splitHalves(ctx: LayerContext, x: Feature, scope: string): [Feature, Feature] {
  const half = Math.floor(x.c / 2);
  const names = ctx.g.opN('Split', [x.name, ctx.g.int64(`${scope}.split`, [half, half])], 2, { axis: { i: 1 } });
  const size = half * x.calib.h * x.calib.w;
  const part = (i: number): Feature => ({
    ...x,
    name: names[i] ?? '',
    c: half,
    calib: { ...x.calib, c: half, data: x.calib.data.slice(i * size, (i + 1) * size) },
  });
  return [part(0), part(1)];
}

/** Elementwise sum of two same-shaped features (a residual shortcut). */
export function add(ctx: LayerContext, a: Feature, b: Feature): Feature {
  const data = a.calib.data.map((v, i) => v + (b.calib.data[i] ?? 0));
  return { ...a, name: ctx.g.op('Add', [a.name, b.name]), calib: { ...a.calib, data } };
}

/** nn.MaxPool2d(k, stride=1, padding=k // 2). */
export function maxPool(ctx: LayerContext, x: Feature, kernel: number): Feature {
  const pad = Math.floor(kernel / 2);
  const name = ctx.g.op('MaxPool', [x.name], {
    ceil_mode: { i: 0 },
    dilations: { ints: [1, 1] },
    kernel_shape: { ints: [kernel, kernel] },
    pads: { ints: [pad, pad, pad, pad] },
    strides: { ints: [1, 1] },
  });
  return { ...x, name, calib: calibMaxPool(x.calib, kernel) };
}

/** nn.Upsample(scale_factor=2, mode='nearest') as torch exports it at opset 13: Resize with scales. */
export function upsample2x(ctx: LayerContext, x: Feature, scope: string): Feature {
  const scales = ctx.g.weight(`${scope}.scales`, [1, 1, 2, 2], [4]);
  const name = ctx.g.op('Resize', [x.name, '', scales], {
    coordinate_transformation_mode: { s: 'asymmetric' },
    cubic_coeff_a: { f: -0.75 },
    mode: { s: 'nearest' },
    nearest_mode: { s: 'floor' },
  });
  return { ...x, name, h: x.h * 2, w: x.w * 2, calib: calibUpsample2x(x.calib) };
}
