/** A CHW float32 activation computed in JavaScript on the calibration image. */
export interface Calib {
  data: Float32Array;
  c: number;
  h: number;
  w: number;
}

/** Input index of each output position along one axis for tap `k`, wrapping around the edges. */
function wrappedTaps(size: number, outSize: number, stride: number, tap: number): Int32Array {
  return Int32Array.from({ length: outSize }, (_, o) => (((o * stride + tap) % size) + size) % size);
}

/**
 * Conv2d without bias, in plain JavaScript, on a calibration activation; weights are
 * [cout, cin, k, k]. Padding wraps around (a torus) instead of adding zeros: the calibration
 * image is small, and on a 4 x 4 map zero padding would make every position a border one,
 * unlike the interior-dominated maps of a 640 input.
 */
export function calibConv(x: Calib, weight: Float32Array, cout: number, kernel: number, stride: number): Calib {
  const pad = Math.floor(kernel / 2);
  const h = Math.floor((x.h + 2 * pad - kernel) / stride) + 1;
  const w = Math.floor((x.w + 2 * pad - kernel) / stride) + 1;
  const rows = Array.from({ length: kernel }, (_, k) => wrappedTaps(x.h, h, stride, k - pad));
  const cols = Array.from({ length: kernel }, (_, k) => wrappedTaps(x.w, w, stride, k - pad));
  const out = new Float32Array(cout * h * w);
  const input = x.data;
  for (let co = 0; co < cout; co++) {
    for (let ci = 0; ci < x.c; ci++) {
      for (let ky = 0; ky < kernel; ky++) {
        const iys = rows[ky] as Int32Array;
        for (let kx = 0; kx < kernel; kx++) {
          const ixs = cols[kx] as Int32Array;
          const wv = weight[((co * x.c + ci) * kernel + ky) * kernel + kx] ?? 0;
          for (let oy = 0; oy < h; oy++) {
            const inBase = (ci * x.h + (iys[oy] as number)) * x.w;
            const outBase = (co * h + oy) * w;
            // Indices are in range by construction; the casts skip noUncheckedIndexedAccess in the hot loop.
            for (let ox = 0; ox < w; ox++) out[outBase + ox] = (out[outBase + ox] as number) + wv * (input[inBase + (ixs[ox] as number)] as number);
          }
        }
      }
    }
  }
  return { data: out, c: cout, h, w };
}

/** ConvTranspose2d with kernel = stride = k and no bias; weights are [cin, cout, k, k]. */
export function calibConvTranspose(x: Calib, weight: Float32Array, cout: number, k: number): Calib {
  const h = x.h * k;
  const w = x.w * k;
  const out = new Float32Array(cout * h * w);
  for (let ci = 0; ci < x.c; ci++) {
    for (let co = 0; co < cout; co++) {
      for (let ky = 0; ky < k; ky++) {
        for (let kx = 0; kx < k; kx++) {
          const wv = weight[((ci * cout + co) * k + ky) * k + kx] ?? 0;
          for (let iy = 0; iy < x.h; iy++) {
            for (let ix = 0; ix < x.w; ix++) {
              const o = (co * h + iy * k + ky) * w + ix * k + kx;
              out[o] = (out[o] ?? 0) + wv * (x.data[(ci * x.h + iy) * x.w + ix] ?? 0);
            }
          }
        }
      }
    }
  }
  return { data: out, c: cout, h, w };
}

/** Applies `f` elementwise, returning a new activation. */
export function calibMap(x: Calib, f: (v: number) => number): Calib {
  return { ...x, data: x.data.map(f) };
}

/** Stride-1 max pooling with `same` padding, wrapping around the edges like calibConv. */
export function calibMaxPool(x: Calib, kernel: number): Calib {
  const pad = Math.floor(kernel / 2);
  const out = new Float32Array(x.data.length);
  for (let c = 0; c < x.c; c++) {
    for (let y = 0; y < x.h; y++) {
      for (let xx = 0; xx < x.w; xx++) {
        let best = -Infinity;
        for (let dy = -pad; dy <= pad; dy++) {
          const iy = (y + dy + x.h) % x.h;
          for (let dx = -pad; dx <= pad; dx++) best = Math.max(best, x.data[(c * x.h + iy) * x.w + ((xx + dx + x.w) % x.w)] ?? -Infinity);
        }
        out[(c * x.h + y) * x.w + xx] = best;
      }
    }
  }
  return { ...x, data: out };
}

/** Nearest-neighbour 2x upsampling. */
export function calibUpsample2x(x: Calib): Calib {
  const h = x.h * 2;
  const w = x.w * 2;
  const out = new Float32Array(x.c * h * w);
  for (let c = 0; c < x.c; c++) {
    for (let y = 0; y < h; y++) {
      for (let xx = 0; xx < w; xx++) out[(c * h + y) * w + xx] = x.data[(c * x.h + (y >> 1)) * x.w + (xx >> 1)] ?? 0;
    }
  }
  return { ...x, data: out, h, w };
}
