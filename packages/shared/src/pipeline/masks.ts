import type { Candidate } from './decode';
import type { Letterbox, Region } from './letterbox';

/** Prototype masks of a seg model: `output1` [1, nm, mh, mw]. */
export interface Protos {
  data: Float32Array;
  nm: number;
  height: number;
  width: number;
}

/**
 * Where each cell centre of a `size`-wide grid over the region lands: in input pixels, and as
 * the proto pixel left of it (`cell`) plus the bilinear fraction (`frac`) towards the next.
 */
function gridAxis(size: number, regionSide: number, gain: number, pad: number, protoScale: number, protoSide: number) {
  const input = new Float64Array(size);
  const cell = new Int32Array(size);
  const frac = new Float64Array(size);
  for (let g = 0; g < size; g++) {
    const at = ((g + 0.5) * regionSide * gain) / size + pad;
    input[g] = at;
    // Bilinear sampling with half-pixel centres, as torch interpolate(align_corners=False).
    const p = Math.min(Math.max(at * protoScale - 0.5, 0), protoSide - 1);
    cell[g] = Math.floor(p);
    frac[g] = p - Math.floor(p);
  }
  return { input, cell, frac };
}

/** First and last grid cells whose centre lies in [lo, hi); first > last when none does. */
function cellRange(coords: Float64Array, lo: number, hi: number): [number, number] {
  let first = coords.length;
  let last = -1;
  for (let g = 0; g < coords.length; g++) {
    const v = coords[g] as number;
    if (v >= lo && v < hi) {
      if (first > g) first = g;
      last = g;
    }
  }
  return [first, last];
}

/**
 * Paints the union of the detections' instance masks onto a `size × size` grid covering the
 * region. Each mask is `coefficients · protos`, kept where the bilinearly interpolated logit is
 * > 0 (sigmoid > 0.5) and the cell centre lies inside the detection's box, as ultralytics'
 * `process_mask` does (ultralytics/utils/ops.py).
 */
export function unionMask(
  detections: readonly Candidate[],
  coefficients: (anchor: number, k: number) => number,
  protos: Protos,
  lb: Letterbox,
  region: Region,
  size: number,
): Uint8Array {
  const mask = new Uint8Array(size * size);
  const xs = gridAxis(size, region.width, lb.gain, lb.padX, protos.width / lb.inputSize, protos.width);
  const ys = gridAxis(size, region.height, lb.gain, lb.padY, protos.height / lb.inputSize, protos.height);
  const plane = protos.width * protos.height;
  const pdata = protos.data;
  // Typed-array reads below are in bounds by construction; `as number` skips the `?? 0` that
  // noUncheckedIndexedAccess would otherwise put on every pixel of the hot loops.
  let logits = new Float32Array(0);
  for (const det of detections) {
    const [gx0, gx1] = cellRange(xs.input, det.x1, det.x2);
    const [gy0, gy1] = cellRange(ys.input, det.y1, det.y2);
    if (gx1 < gx0 || gy1 < gy0) continue;
    const px0 = xs.cell[gx0] as number;
    const px1 = Math.min(Math.ceil((xs.cell[gx1] as number) + (xs.frac[gx1] as number)), protos.width - 1);
    const py0 = ys.cell[gy0] as number;
    const py1 = Math.min(Math.ceil((ys.cell[gy1] as number) + (ys.frac[gy1] as number)), protos.height - 1);
    const rw = px1 - px0 + 1;
    const area = rw * (py1 - py0 + 1);
    // One buffer for every detection: grown when needed, cleared to the size in use.
    if (logits.length < area) logits = new Float32Array(area);
    else logits.fill(0, 0, area);
    for (let k = 0; k < protos.nm; k++) {
      const c = coefficients(det.anchor, k);
      if (c === 0) continue;
      for (let py = py0; py <= py1; py++) {
        const src = k * plane + py * protos.width + px0;
        const dst = (py - py0) * rw;
        for (let i = 0; i < rw; i++) logits[dst + i] = (logits[dst + i] as number) + c * (pdata[src + i] as number);
      }
    }
    paintCells(mask, size, logits, rw, px0, py0, px1, py1, xs, ys, gx0, gx1, gy0, gy1);
  }
  return mask;
}

/** Sets the cells of `[gx0, gx1] × [gy0, gy1]` whose bilinearly sampled logit is > 0. */
function paintCells(
  mask: Uint8Array,
  size: number,
  logits: Float32Array,
  rw: number,
  px0: number,
  py0: number,
  px1: number,
  py1: number,
  xs: { cell: Int32Array; frac: Float64Array },
  ys: { cell: Int32Array; frac: Float64Array },
  gx0: number,
  gx1: number,
  gy0: number,
  gy1: number,
): void {
  for (let gy = gy0; gy <= gy1; gy++) {
    const y0 = ys.cell[gy] as number;
    const ty = ys.frac[gy] as number;
    const top = (y0 - py0) * rw - px0;
    const bottom = (Math.min(y0 + 1, py1) - py0) * rw - px0;
    const out = gy * size;
    for (let gx = gx0; gx <= gx1; gx++) {
      if (mask[out + gx] === 1) continue;
      const x0 = xs.cell[gx] as number;
      const x1 = Math.min(x0 + 1, px1);
      const tx = xs.frac[gx] as number;
      const t = (logits[top + x0] as number) * (1 - tx) + (logits[top + x1] as number) * tx;
      const b = (logits[bottom + x0] as number) * (1 - tx) + (logits[bottom + x1] as number) * tx;
      if (t * (1 - ty) + b * ty > 0) mask[out + gx] = 1;
    }
  }
}
