import { describe, expect, it } from 'vitest';
import type { Candidate } from './decode';
import { letterbox } from './letterbox';
import { unionMask } from './masks';

const PROTO = 16; // protos for a 64 px input

/** One proto channel whose logit is +1 inside a square of proto cells and -1 elsewhere. */
function squareProtos(x0: number, y0: number, x1: number, y1: number) {
  const data = new Float32Array(2 * PROTO * PROTO).fill(-1);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * PROTO + x] = 1;
  return { data, nm: 2, height: PROTO, width: PROTO };
}

function det(x1: number, y1: number, x2: number, y2: number, anchor = 0): Candidate {
  return { anchor, classIndex: 0, score: 0.9, x1, y1, x2, y2 };
}

const coeffChannel0 = (_anchor: number, k: number): number => (k === 0 ? 1 : 0);
const square = { x: 0, y: 0, width: 64, height: 64 };

describe('unionMask', () => {
  it('paints where coefficients x protos is positive inside the box', () => {
    const mask = unionMask([det(0, 0, 64, 64)], coeffChannel0, squareProtos(4, 4, 8, 8), letterbox(64, 64, 64), square, 16);
    // proto cells 4..7 → input px 16..31 → grid cells 4..7 of a 16 grid; edges blur by bilinear interpolation.
    expect(mask[5 * 16 + 5]).toBe(1);
    expect(mask[6 * 16 + 6]).toBe(1);
    expect(mask[1 * 16 + 1]).toBe(0);
    expect(mask[12 * 16 + 12]).toBe(0);
  });

  it('crops each mask to its box', () => {
    const mask = unionMask([det(0, 0, 24, 64)], coeffChannel0, squareProtos(4, 4, 8, 8), letterbox(64, 64, 64), square, 16);
    expect(mask[5 * 16 + 5]).toBe(1);
    expect(mask[5 * 16 + 6]).toBe(0); // centre x 26 px lies right of the box edge at 24
  });

  it('maps masks of a letterboxed non-square region back onto the region grid', () => {
    // Region 64x32 → gain 1, padY 16: protos rows 4..7 (input y 16..31) are the region's top half.
    const wide = { x: 0, y: 0, width: 64, height: 32 };
    const mask = unionMask([det(0, 0, 64, 64)], coeffChannel0, squareProtos(0, 4, 16, 8), letterbox(64, 32, 64), wide, 16);
    expect(mask[2 * 16 + 8]).toBe(1);
    expect(mask[13 * 16 + 8]).toBe(0);
  });

  it('is empty when nothing is detected, and unions overlapping detections', () => {
    const protos = squareProtos(0, 0, 16, 16);
    const lb = letterbox(64, 64, 64);
    expect(unionMask([], coeffChannel0, protos, lb, square, 16).every((v) => v === 0)).toBe(true);
    const both = unionMask([det(0, 0, 32, 32, 0), det(16, 16, 48, 48, 1)], coeffChannel0, protos, lb, square, 16);
    expect(both.reduce((a, b) => a + b, 0)).toBe(64 + 64 - 16);
  });
});
