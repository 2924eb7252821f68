import type { DiagnosisResult, Landmarks, Layout } from '../result/result-schema';
import { PipelineError } from '../pipeline/pipeline-error';
import type { RgbaImage } from '../pipeline/onnx-runtime';
import { faceGeometry } from './face-geometry';
import { QUALITY_MESSAGES } from './quality-reasons';
import type { QualityReason } from './quality-reasons';
import { MIN_IMAGE_SIDE, QUALITY_LIMITS as L } from './quality-limits';
import type { SkinStats } from './skin-stats';
import { skinGrid } from './skin-grid';
import { zoneMap } from './zone-map';

/** A face the detector found, in image pixels. */
export interface DetectedFace {
  box: [number, number, number, number];
  confidence: number;
  landmarks: Landmarks;
}

function refuse(reason: QualityReason, detail: string): never {
  throw new PipelineError(reason, `${QUALITY_MESSAGES[reason].en} (${detail})`);
}

function side(face: DetectedFace): number {
  return Math.max(face.box[2] - face.box[0], face.box[3] - face.box[1]);
}

/** Refuses pictures too small to hold an analysable face. @throws PipelineError IMAGE_TOO_SMALL */
export function checkImageSize(image: Pick<RgbaImage, 'width' | 'height'>): void {
  const shorter = Math.min(image.width, image.height);
  if (shorter < MIN_IMAGE_SIDE) refuse('IMAGE_TOO_SMALL', `${image.width}×${image.height} px, at least ${MIN_IMAGE_SIDE} px a side`);
}

/**
 * The face to analyse: the only one, or the largest when every other is much smaller.
 * @throws PipelineError NO_FACE or MULTIPLE_FACES
 */
export function pickFace(faces: readonly DetectedFace[]): { face: DetectedFace; notices: 'LARGEST_FACE'[] } {
  const [face, second] = [...faces].sort((a, b) => side(b) - side(a));
  if (!face) refuse('NO_FACE', 'the face detector found none');
  if (second && side(second) >= L.similarFaceRatio * side(face)) refuse('MULTIPLE_FACES', `${faces.length} faces of similar size`);
  return { face, notices: second ? ['LARGEST_FACE'] : [] };
}

/**
 * Checks the face's size and pose from its landmarks (image pixels).
 * @throws PipelineError FACE_TOO_SMALL or FACE_TURNED
 */
export function checkPose(landmarks: Landmarks): void {
  const f = faceGeometry(landmarks);
  const a = (-f.roll * Math.PI) / 180;
  // Measured in the eye-aligned frame, so roll does not read as yaw or pitch.
  const level = (p: readonly [number, number]): [number, number] => {
    const [dx, dy] = [p[0] - f.eyes[0], p[1] - f.eyes[1]];
    return [dx * Math.cos(a) - dy * Math.sin(a), dx * Math.sin(a) + dy * Math.cos(a)];
  };
  const [nose, mouth] = [level(f.nose), level(f.mouth)];
  // A turned head foreshortens the IOD but not the eye-to-mouth height (about 1.1 IOD).
  const scale = Math.max(f.iod, mouth[1] / 1.1);
  if (scale < L.minInterocularPx) refuse('FACE_TOO_SMALL', `eyes ${Math.round(f.iod)} px apart, at least ${L.minInterocularPx} px`);
  if (Math.abs(f.roll) > L.maxRollDeg) refuse('FACE_TURNED', `tilted ${Math.round(f.roll)}°`);
  const pitch = nose[1] / Math.max(mouth[1], 1e-6);
  // The midline runs from the eye midpoint to the mouth midpoint; compare at the nose's height.
  const yaw = (nose[0] - mouth[0] * pitch) / Math.max(f.iod, 1e-6);
  if (Math.abs(yaw) > L.maxYaw) refuse('FACE_TURNED', `turned: nose ${yaw.toFixed(2)} IOD off the midline`);
  if (pitch < L.pitchRange[0] || pitch > L.pitchRange[1]) refuse('FACE_TURNED', `nose at ${pitch.toFixed(2)} of the eye-to-mouth height`);
}

/** Share of the skin region (on a coarse grid) that lies outside the image. */
export function skinOutside(image: Pick<RgbaImage, 'width' | 'height'>, crop: DiagnosisResult['crop'], layout: Layout): number {
  const n = 48;
  const all = zoneMap(layout, n).filter((z) => z > 0).length;
  const inside = skinGrid(image, crop, layout, n).filter((z) => z > 0).length;
  return all === 0 ? 1 : 1 - inside / all;
}

/** @throws PipelineError FACE_CUT when too much of the skin region is past the photo's edge */
export function checkFraming(image: Pick<RgbaImage, 'width' | 'height'>, crop: DiagnosisResult['crop'], layout: Layout): void {
  const share = skinOutside(image, crop, layout);
  if (share > L.maxSkinOutside) refuse('FACE_CUT', `${Math.round(share * 100)} % of the face is outside the photo`);
}

/**
 * Checks exposure and, where a detected face locates the eyes, focus.
 * @throws PipelineError TOO_DARK, TOO_BRIGHT or TOO_BLURRY
 */
export function checkExposure(stats: SkinStats, judgeFocus: boolean): void {
  if (stats.medianLuma < L.minSkinLuma) refuse('TOO_DARK', `skin brightness ${stats.medianLuma.toFixed(2)}, at least ${L.minSkinLuma}`);
  if (stats.medianLuma > L.maxSkinLuma || stats.clipped > L.maxClipped) {
    refuse('TOO_BRIGHT', `${Math.round(stats.clipped * 100)} % of the skin is clipped, brightness ${stats.medianLuma.toFixed(2)}`);
  }
  if (judgeFocus && stats.sharpness < L.minSharpness) refuse('TOO_BLURRY', `sharpness ${stats.sharpness.toFixed(3)}, at least ${L.minSharpness}`);
}
