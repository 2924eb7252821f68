import type { FaceStage } from './face-stage';
import type { Letterbox } from './letterbox';
import { letterbox } from './letterbox';
import type { RgbaImage } from './onnx-runtime';
import { preprocess } from './preprocess';
import { sampleAligned } from './sample-aligned';

/**
 * The seg models' input for the crop: roll-aligned when turned, else the letterboxed region.
 * @param target a buffer of 3 · imgsz² floats to write into, else a new one
 */
export function cropInput(image: RgbaImage, stage: FaceStage, imgsz: number, target?: Float32Array): { data: Float32Array; letterbox: Letterbox } {
  const { crop } = stage;
  if (crop.angle) return { data: sampleAligned(image, crop, imgsz, target), letterbox: letterbox(crop.size, crop.size, imgsz) };
  return preprocess(image, { x: crop.x, y: crop.y, width: crop.size, height: crop.size }, imgsz, target);
}
