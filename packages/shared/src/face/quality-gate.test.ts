import { describe, expect, it } from 'vitest';
import type { Landmarks } from '../result/result-schema';
import { PipelineError } from '../pipeline/pipeline-error';
import { alignFace } from './face-alignment';
import type { DetectedFace } from './quality-gate';
import { checkExposure, checkFraming, checkImageSize, checkPose, pickFace } from './quality-gate';

/** A frontal face with eyes `iod` px apart, eyes at (cx ± iod/2, cy). */
function frontal(cx: number, cy: number, iod: number): Landmarks {
  const h = iod / 2;
  return [[cx - h, cy], [cx + h, cy], [cx, cy + 0.6 * iod], [cx - 0.4 * iod, cy + 1.1 * iod], [cx + 0.4 * iod, cy + 1.1 * iod]];
}

function face(cx: number, cy: number, iod: number): DetectedFace {
  return { box: [cx - 1.1 * iod, cy - 1.2 * iod, cx + 1.1 * iod, cy + 1.9 * iod], confidence: 0.9, landmarks: frontal(cx, cy, iod) };
}

function reason(fn: () => void): string {
  try {
    fn();
    return 'passed';
  } catch (error) {
    return error instanceof PipelineError ? error.code : 'other';
  }
}

describe('quality gate', () => {
  it('refuses a 1×1 picture as too small, and passes a 640×480 one', () => {
    expect(reason(() => checkImageSize({ width: 1, height: 1 }))).toBe('IMAGE_TOO_SMALL');
    expect(reason(() => checkImageSize({ width: 640, height: 480 }))).toBe('passed');
  });

  it('refuses no face, and two faces of similar size', () => {
    expect(reason(() => pickFace([]))).toBe('NO_FACE');
    expect(reason(() => pickFace([face(100, 100, 60), face(300, 100, 55)]))).toBe('MULTIPLE_FACES');
  });

  it('picks the largest face over a much smaller one and says so', () => {
    const picked = pickFace([face(300, 100, 20), face(100, 100, 80)]);
    expect(picked.face.landmarks[0][0]).toBe(60);
    expect(picked.notices).toEqual(['LARGEST_FACE']);
  });

  it('refuses eyes closer than 36 px as a face too small, and passes 40 px', () => {
    expect(reason(() => checkPose(frontal(200, 200, 30)))).toBe('FACE_TOO_SMALL');
    expect(reason(() => checkPose(frontal(200, 200, 40)))).toBe('passed');
  });

  it('refuses a head turned far to the side (nose tip past the far eye) and a sideways photo', () => {
    const turned = frontal(200, 200, 80);
    turned[2] = [200 + 60, 248];
    expect(reason(() => checkPose(turned))).toBe('FACE_TURNED');
    const sideways = frontal(200, 200, 80).map(([x, y]) => [200 + (y - 200), 200 - (x - 200)]) as Landmarks;
    expect(reason(() => checkPose(sideways))).toBe('FACE_TURNED');
  });

  it('passes a head tilted 20 degrees, whose crop is then turned by the roll', () => {
    const a = (20 * Math.PI) / 180;
    const tilted = frontal(200, 200, 80).map(([x, y]) => [200 + (x - 200) * Math.cos(a) - (y - 200) * Math.sin(a), 200 + (x - 200) * Math.sin(a) + (y - 200) * Math.cos(a)]) as Landmarks;
    expect(reason(() => checkPose(tilted))).toBe('passed');
    expect(alignFace(face(200, 200, 80).box, tilted, 1.3).crop.angle).toBeCloseTo(20, 1);
  });

  it('refuses a face whose chin and cheeks run past the bottom of the photo', () => {
    const f = face(200, 300, 80);
    const { crop, layout } = alignFace(f.box, f.landmarks, 1.3);
    expect(reason(() => checkFraming({ width: 400, height: 360 }, crop, layout))).toBe('FACE_CUT');
    expect(reason(() => checkFraming({ width: 400, height: 600 }, crop, layout))).toBe('passed');
  });

  it('refuses dark, overexposed and blurred skin', () => {
    expect(reason(() => checkExposure({ medianLuma: 0.1, clipped: 0, sharpness: 0.1 }, true))).toBe('TOO_DARK');
    expect(reason(() => checkExposure({ medianLuma: 0.8, clipped: 0.6, sharpness: 0.1 }, true))).toBe('TOO_BRIGHT');
    expect(reason(() => checkExposure({ medianLuma: 0.6, clipped: 0, sharpness: 0.01 }, true))).toBe('TOO_BLURRY');
    expect(reason(() => checkExposure({ medianLuma: 0.6, clipped: 0, sharpness: 0.01 }, false))).toBe('passed');
  });
});
