import { alignFace } from '../face/face-alignment';
import { checkImageSize } from '../face/quality-gate';
import { GUIDE_LAYOUT } from '../face/guide-layout';
import type { DetectedFace } from '../face/quality-gate';
import { checkExposure, checkFraming, checkPose, pickFace } from '../face/quality-gate';
import { skinStats } from '../face/skin-stats';
import type { DiagnosisResult, Face, Landmarks, Layout } from '../result/result-schema';
import { keptDetections, round4 } from './detections';
import { centreCrop } from './face-crop';
import type { Letterbox, Region } from './letterbox';
import { unletterboxBox } from './letterbox';
import type { BufferPool } from './buffer-pool';
import type { LoadedModel } from './load-model';
import type { PipelineModels } from './load-pipeline';
import type { OnnxRuntime, RgbaImage } from './onnx-runtime';
import { PipelineError } from './pipeline-error';
import { preprocess } from './preprocess';
import { runModel } from './run-model';

/** Where the skin models look: the crop, the landmarks laid on it, and what the gate remarked. */
export interface FaceStage {
  face: Face | null;
  crop: DiagnosisResult['crop'];
  layout: Layout;
  notices: 'LARGEST_FACE'[];
  inferenceMs: number;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function toFaces(model: LoadedModel, candidates: ReturnType<typeof keptDetections>, lb: Letterbox, whole: Region): DetectedFace[] {
  const [k, d] = model.contract.kptShape ?? [0, 0];
  if (k < 5 || !(d >= 2)) throw new PipelineError('MODEL_INVALID', `a face model needs 5 keypoints, this one has ${k}`, model.entry.id);
  return candidates.map((c) => {
    const kp = c.keypoints ?? [];
    const point = (i: number): [number, number] => [round1(((kp[i * d] ?? 0) - lb.padX) / lb.gain), round1(((kp[i * d + 1] ?? 0) - lb.padY) / lb.gain)];
    const landmarks: Landmarks = [point(0), point(1), point(2), point(3), point(4)];
    const [x1, y1, x2, y2] = unletterboxBox([c.x1, c.y1, c.x2, c.y2], lb, whole);
    const box: DetectedFace['box'] = [round1(x1), round1(y1), round1(x2), round1(y2)];
    return { box, confidence: round4(c.score), landmarks };
  });
}

/**
 * Finds the face, passes it through the quality gate and lays the roll-aligned crop around it.
 * @throws PipelineError with a quality reason (NO_FACE, MULTIPLE_FACES, FACE_TOO_SMALL, FACE_CUT,
 *   FACE_TURNED, TOO_DARK, TOO_BRIGHT, TOO_BLURRY) when the photo cannot be analysed
 */
export async function detectFace(runtime: OnnxRuntime, model: LoadedModel, image: RgbaImage, buffers?: BufferPool): Promise<FaceStage> {
  const whole: Region = { x: 0, y: 0, width: image.width, height: image.height };
  const size = model.contract.imgsz;
  const input = buffers?.take(3 * size * size);
  const { data, letterbox } = preprocess(image, whole, size, input);
  // The runtime is done with the input once the run settles: the buffer is free again.
  const outputs = await runModel(runtime, model, data).finally(() => input && buffers?.give(input));
  const { face, notices } = pickFace(toFaces(model, keptDetections(model, outputs), letterbox, whole));
  checkPose(face.landmarks);
  const { crop, layout } = alignFace(face.box, face.landmarks, model.entry.cropScale);
  checkFraming(image, crop, layout);
  checkExposure(skinStats(image, crop, layout, buffers), true);
  return { face, crop, layout, notices, inferenceMs: outputs.ms };
}

/**
 * The centre square with the on-screen guide's layout, for a face the person aligned by hand.
 * @throws PipelineError TOO_DARK or TOO_BRIGHT
 */
export function guideStage(image: RgbaImage, buffers?: BufferPool): FaceStage {
  const square = centreCrop(image.width, image.height);
  const crop = { x: square.x, y: square.y, size: square.width, angle: 0 };
  // Focus is judged on the eyes, which only a detected face locates.
  checkExposure(skinStats(image, crop, GUIDE_LAYOUT, buffers), false);
  return { face: null, crop, layout: GUIDE_LAYOUT, notices: [], inferenceMs: 0 };
}

function checkImage(image: RgbaImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || data.length !== width * height * 4) {
    throw new PipelineError('IMAGE_INVALID', `expected ${width}×${height} RGBA pixels, got ${data.length} bytes`);
  }
}

/**
 * The face stage of a run: the detected face through the quality gate, or the guide's centre
 * square when the person aligned the face by hand (or no face model is installed).
 * @throws PipelineError IMAGE_INVALID or a quality reason
 */
export async function faceStageOf(runtime: OnnxRuntime, models: PipelineModels, image: RgbaImage, options: { skipFace?: boolean }, buffers?: BufferPool): Promise<FaceStage> {
  checkImage(image);
  checkImageSize(image);
  const faceModel = options.skipFace ? null : models.face;
  return faceModel ? detectFace(runtime, faceModel, image, buffers) : guideStage(image, buffers);
}
