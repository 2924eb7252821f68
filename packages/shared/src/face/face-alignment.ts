import type { DiagnosisResult, Landmarks, Layout } from '../result/result-schema';
import { imageToCrop } from './crop-transform';
import { faceGeometry } from './face-geometry';

type Crop = DiagnosisResult['crop'];

/** Below this roll (degrees) the crop is not rotated: no pixel of it would move by 1 % of its side. */
const MIN_ROLL_DEG = 0.5;

/**
 * The roll-aligned square crop around a detected face and the layout of its landmarks in it:
 * centred on the face box, side = longer box side × `cropScale`, turned by the eye line's roll.
 * @param box `[x1, y1, x2, y2]` in image pixels
 * @param landmarks the five landmarks in image pixels
 */
export function alignFace(box: readonly [number, number, number, number], landmarks: Landmarks, cropScale: number): { crop: Crop; layout: Layout } {
  const [x1, y1, x2, y2] = box;
  const roll = faceGeometry(landmarks).roll;
  const angle = Math.abs(roll) < MIN_ROLL_DEG ? 0 : Math.round(roll * 100) / 100;
  const size = Math.max(1, Math.round(Math.max(x2 - x1, y2 - y1) * cropScale));
  const crop: Crop = { x: Math.round((x1 + x2) / 2 - size / 2), y: Math.round((y1 + y2) / 2 - size / 2), size, angle };
  const fraction = (p: Landmarks[number]): [number, number] => {
    const [u, v] = imageToCrop(crop, p);
    return [Math.round((u / size) * 1e4) / 1e4, Math.round((v / size) * 1e4) / 1e4];
  };
  const [a, b, c, d, e] = landmarks;
  return { crop, layout: { source: 'detected', landmarks: [fraction(a), fraction(b), fraction(c), fraction(d), fraction(e)] } };
}
