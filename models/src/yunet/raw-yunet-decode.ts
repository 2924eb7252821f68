import * as ort from 'onnxruntime-node';
import type { Candidate } from '@derma/shared';
import { nonMaxSuppression } from '@derma/shared';
import { YUNET_STRIDES } from './yunet-grid';

/**
 * Runs an ORIGINAL YuNet file on onnxruntime-node and decodes it in plain TypeScript, as
 * SOURCE.md and OpenCV's FaceDetectorYN describe, then applies NMS: the reference the wrapped
 * graph must reproduce. `rgb` is our preprocess output (RGB 0..1, NCHW); it is turned into
 * YuNet's BGR 0-255 here. Keypoints are x, y, score per landmark, as the wrapper writes them.
 */
export async function rawYunetDetections(model: Uint8Array, rgb: Float32Array, imgsz: number, conf: number, iou: number): Promise<Candidate[]> {
  const plane = imgsz * imgsz;
  const bgr = new Float32Array(3 * plane);
  for (let c = 0; c < 3; c++) bgr.set(rgb.subarray((2 - c) * plane, (3 - c) * plane).map((v) => v * 255), c * plane);
  const session = await ort.InferenceSession.create(model, { executionProviders: ['cpu'] });
  const out = await session.run({ input: new ort.Tensor('float32', bgr, [1, 3, imgsz, imgsz]) });
  await session.release();
  const read = (name: string): Float32Array => {
    const t = out[name];
    if (!t || !(t.data instanceof Float32Array)) throw new Error(`no float output ${name}`);
    return t.data;
  };
  const candidates: Candidate[] = [];
  let anchor = 0;
  for (const s of YUNET_STRIDES) {
    const [cls, obj, bbox, kps] = ['cls', 'obj', 'bbox', 'kps'].map((h) => read(`${h}_${s}`)) as [Float32Array, Float32Array, Float32Array, Float32Array];
    const side = imgsz / s;
    for (let i = 0; i < side * side; i++, anchor++) {
      const score = Math.sqrt((cls[i] ?? 0) * (obj[i] ?? 0));
      if (!(score > conf)) continue;
      const [c, r] = [i % side, Math.floor(i / side)];
      const b = (k: number): number => bbox[i * 4 + k] ?? 0;
      const [cx, cy, w, h] = [(c + b(0)) * s, (r + b(1)) * s, Math.exp(b(2)) * s, Math.exp(b(3)) * s];
      const keypoints = Array.from({ length: 5 }, (_, k) => [(c + (kps[i * 10 + 2 * k] ?? 0)) * s, (r + (kps[i * 10 + 2 * k + 1] ?? 0)) * s, score]).flat();
      candidates.push({ anchor, classIndex: 0, score, x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2, keypoints });
    }
  }
  return nonMaxSuppression(candidates, iou, 300);
}
