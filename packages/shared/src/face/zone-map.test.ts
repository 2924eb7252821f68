import { describe, expect, it } from 'vitest';
import { GUIDE_LAYOUT } from './guide-layout';
import { ZONE_IDS } from './zone-ids';
import { zoneMap } from './zone-map';

const N = 200;
const map = zoneMap(GUIDE_LAYOUT, N);
const at = (u: number, v: number): string => {
  const z = map[Math.floor(v * N) * N + Math.floor(u * N)] ?? 0;
  return z === 0 ? 'none' : (ZONE_IDS[z - 1] ?? 'bad');
};
const [rightEye, leftEye, nose, rightMouth, leftMouth] = GUIDE_LAYOUT.landmarks;

describe('zoneMap', () => {
  it('leaves the eyes, the brows, the lips and the nostrils out of the skin', () => {
    expect(at(rightEye[0], rightEye[1])).toBe('none');
    expect(at(leftEye[0], leftEye[1])).toBe('none');
    expect(at(rightEye[0], rightEye[1] - 0.08)).toBe('none');
    expect(at((rightMouth[0] + leftMouth[0]) / 2, rightMouth[1])).toBe('none');
    expect(at(nose[0], nose[1] + 0.025)).toBe('none');
  });

  it('leaves the lower lip of an open smile out of the skin, and keeps the chin below it', () => {
    const iod = Math.hypot(leftEye[0] - rightEye[0], leftEye[1] - rightEye[1]);
    const [mx, my] = [(rightMouth[0] + leftMouth[0]) / 2, (rightMouth[1] + leftMouth[1]) / 2];
    // An open smile's lower lip hangs about 0.3 IOD below the corners' line.
    expect(at(mx, my + 0.3 * iod)).toBe('none');
    expect(at(mx, my + 0.45 * iod)).toBe('chin');
  });

  it('leaves the background and the hair above the forehead out of the skin', () => {
    expect(at(0.03, 0.5)).toBe('none');
    expect(at(0.5, 0.05)).toBe('none');
    expect(at(0.5, 0.97)).toBe('none');
  });

  it('puts the forehead above the brows, the chin below the mouth and the nose between', () => {
    expect(at(0.5, 0.22)).toBe('forehead');
    expect(at(0.5, 0.78)).toBe('chin');
    expect(at(0.5, 0.5)).toBe('nose');
    expect(at(rightEye[0], rightEye[1] + 0.07)).toBe('periocular');
  });

  it("names the cheeks by the person's side: their right cheek is on the image's left", () => {
    expect(at(0.3, 0.56)).toBe('rightCheek');
    expect(at(0.7, 0.56)).toBe('leftCheek');
  });

  it('gives every zone some cells on a frontal layout', () => {
    for (const [i, id] of ZONE_IDS.entries()) expect(map.filter((z) => z === i + 1).length, id).toBeGreaterThan(100);
  });
});
