import type { Landmarks } from '../result/result-schema';

/** A point `[x, y]`. */
export type Point = readonly [number, number];

/**
 * The measures of a face that the skin region, the zones and the quality gate are built from,
 * taken from its five landmarks (in any frame: image pixels or crop fractions).
 */
export interface FaceGeometry {
  /** Midpoint of the eyes. */
  eyes: Point;
  /** Midpoint of the mouth corners. */
  mouth: Point;
  nose: Point;
  rightEye: Point;
  leftEye: Point;
  /** Inter-ocular distance: the face's own length unit (an adult's is about 63 mm). */
  iod: number;
  /** Half the distance between the mouth corners. */
  mouthHalfWidth: number;
  /** Roll of the eye line in degrees (atan2 of the right-eye → left-eye vector; 0 when level). */
  roll: number;
}

function mid(a: Point, b: Point): Point {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/**
 * Geometry of a face from landmarks in YOLOv8-face / YuNet order (right eye, left eye, nose tip,
 * right and left mouth corner: the person's right is the image's left).
 * @example faceGeometry(layout.landmarks).iod // 0.25 of the crop
 */
export function faceGeometry(landmarks: Landmarks): FaceGeometry {
  const [rightEye, leftEye, nose, rightMouth, leftMouth] = landmarks;
  const iod = Math.hypot(leftEye[0] - rightEye[0], leftEye[1] - rightEye[1]);
  return {
    eyes: mid(rightEye, leftEye),
    mouth: mid(rightMouth, leftMouth),
    nose,
    rightEye,
    leftEye,
    iod,
    mouthHalfWidth: Math.hypot(leftMouth[0] - rightMouth[0], leftMouth[1] - rightMouth[1]) / 2,
    roll: (Math.atan2(leftEye[1] - rightEye[1], leftEye[0] - rightEye[0]) * 180) / Math.PI,
  };
}
