import { keptDetections, round4 } from './detections';
import { faceCrop } from './face-crop';
import type { Region } from './letterbox';
import { unletterboxBox } from './letterbox';
import type { LoadedModel } from './load-model';
import type { OnnxRuntime, RgbaImage } from './onnx-runtime';
import { NO_FACE_MESSAGE, PipelineError } from './pipeline-error';
import { preprocess } from './preprocess';
import { runModel } from './run-model';

/** The face found and the square crop around it. */
export interface FaceStage {
  face: { box: [number, number, number, number]; confidence: number };
  crop: Region;
  inferenceMs: number;
}

/**
 * Runs the face detector on the whole image and crops a square around the best face.
 * @throws PipelineError NO_FACE when no face scores above the model's threshold.
 */
export async function detectFace(runtime: OnnxRuntime, model: LoadedModel, image: RgbaImage): Promise<FaceStage> {
  const whole: Region = { x: 0, y: 0, width: image.width, height: image.height };
  const { data, letterbox } = preprocess(image, whole, model.contract.imgsz);
  const outputs = await runModel(runtime, model, data);
  const best = keptDetections(model, outputs)[0];
  if (!best) throw new PipelineError('NO_FACE', NO_FACE_MESSAGE.en);
  const box = unletterboxBox([best.x1, best.y1, best.x2, best.y2], letterbox, whole).map((v) => Math.round(v * 10) / 10) as [
    number,
    number,
    number,
    number,
  ];
  return { face: { box, confidence: round4(best.score) }, crop: faceCrop(box, model.entry.cropScale), inferenceMs: outputs.ms };
}
