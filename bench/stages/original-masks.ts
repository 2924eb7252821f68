// Frozen copy of packages/shared/src/pipeline/masks.ts at f8c4b3f, before the optimisation:
// the js-stages benchmark times it beside the current code and checks both give equal masks.
import type { Candidate, Letterbox, Region } from '@derma/shared';

/** Prototype masks of a seg model: `output1` [1, nm, mh, mw]. */
interface Protos {
  data: Float32Array;
  nm: number;
  height: number;
  width: number;
}

/** Where each cell centre of a `size`-wide grid over the region lands, in input and proto pixels. */
function gridAxis(size: number, regionSide: number, gain: number, pad: number, protoScale: number, protoSide: number) {
  const input = new Float64Array(size);
  const proto = new Float64Array(size);
  for (let g = 0; g < size; g++) {
    const at = ((g + 0.5) * regionSide * gain) / size + pad;
    input[g] = at;
    // Bilinear sampling with half-pixel centres, as torch interpolate(align_corners=False).
    proto[g] = Math.min(Math.max(at * protoScale - 0.5, 0), protoSide - 1);
  }
  return { input, proto };
}

function cellRange(coords: Float64Array, lo: number, hi: number): [number, number] {
  let first = coords.length;
  let last = -1;
  for (let g = 0; g < coords.length; g++) {
    const v = coords[g] ?? 0;
    if (v >= lo && v < hi) {
      first = Math.min(first, g);
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
export function originalUnionMask(
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
  for (const det of detections) {
    const [gx0, gx1] = cellRange(xs.input, det.x1, det.x2);
    const [gy0, gy1] = cellRange(ys.input, det.y1, det.y2);
    if (gx1 < gx0 || gy1 < gy0) continue;
    const px0 = Math.floor(xs.proto[gx0] ?? 0);
    const px1 = Math.min(Math.ceil(xs.proto[gx1] ?? 0), protos.width - 1);
    const py0 = Math.floor(ys.proto[gy0] ?? 0);
    const py1 = Math.min(Math.ceil(ys.proto[gy1] ?? 0), protos.height - 1);
    const rw = px1 - px0 + 1;
    const logits = new Float32Array(rw * (py1 - py0 + 1));
    for (let k = 0; k < protos.nm; k++) {
      const c = coefficients(det.anchor, k);
      if (c === 0) continue;
      for (let py = py0; py <= py1; py++) {
        const src = k * plane + py * protos.width;
        const dst = (py - py0) * rw - px0;
        for (let px = px0; px <= px1; px++) logits[dst + px] = (logits[dst + px] ?? 0) + c * (protos.data[src + px] ?? 0);
      }
    }
    const at = (px: number, py: number): number => logits[(py - py0) * rw + (px - px0)] ?? 0;
    for (let gy = gy0; gy <= gy1; gy++) {
      const fy = ys.proto[gy] ?? 0;
      const y0 = Math.floor(fy);
      const y1 = Math.min(y0 + 1, py1);
      const ty = fy - y0;
      for (let gx = gx0; gx <= gx1; gx++) {
        const fx = xs.proto[gx] ?? 0;
        const x0 = Math.floor(fx);
        const x1 = Math.min(x0 + 1, px1);
        const tx = fx - x0;
        const top = at(x0, y0) * (1 - tx) + at(x1, y0) * tx;
        const bottom = at(x0, y1) * (1 - tx) + at(x1, y1) * tx;
        if (top * (1 - ty) + bottom * ty > 0) mask[gy * size + gx] = 1;
      }
    }
  }
  return mask;
}
