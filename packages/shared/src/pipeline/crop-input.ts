import type { BufferPool } from './buffer-pool';
import type { FaceStage } from './face-stage';
import type { Letterbox } from './letterbox';
import { letterbox } from './letterbox';
import type { RgbaImage } from './onnx-runtime';
import { preprocess } from './preprocess';
import { sampleAligned } from './sample-aligned';

/**
 * The seg models' input for the crop: roll-aligned when turned, else the letterboxed region.
 * @param buffers where the tensor (3 · imgsz² floats) and any scratch come from, else new ones
 */
export function cropInput(image: RgbaImage, stage: FaceStage, imgsz: number, buffers?: BufferPool): { data: Float32Array; letterbox: Letterbox } {
  const { crop } = stage;
  const target = buffers?.take(3 * imgsz * imgsz);
  if (crop.angle) return { data: sampleAligned(image, crop, imgsz, target, buffers), letterbox: letterbox(crop.size, crop.size, imgsz) };
  return preprocess(image, { x: crop.x, y: crop.y, width: crop.size, height: crop.size }, imgsz, target);
}
