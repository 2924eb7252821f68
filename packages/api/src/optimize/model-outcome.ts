import type { LoadedModel, OnnxRuntime, RgbaImage } from '@derma/shared';
import { MASK_CHANNELS, MASK_SIZE, conditionScore, keptDetections, preprocess, runModel, unionMask, unletterboxBox } from '@derma/shared';

/** What one model file says about one whole image: boxes in image pixels, union mask, score 0-100. */
export interface ModelOutcome {
  boxes: { box: [number, number, number, number]; classIndex: number; confidence: number }[];
  /** Segment models: the union of the instance masks on a `MASK_SIZE` grid over the image. */
  mask?: Uint8Array;
  /** Segment models: the condition score of the mask; the face model: 100 × its best confidence. */
  score: number;
}

/**
 * Runs a loaded model on the whole image (letterboxed to the file's imgsz) with its manifest
 * thresholds, as the pipeline runs it on a crop.
 */
export async function modelOutcome(runtime: OnnxRuntime, model: LoadedModel, image: RgbaImage): Promise<ModelOutcome> {
  const region = { x: 0, y: 0, width: image.width, height: image.height };
  const { data, letterbox } = preprocess(image, region, model.contract.imgsz);
  const outputs = await runModel(runtime, model, data);
  const kept = keptDetections(model, outputs);
  const boxes = kept.map((d) => ({ box: unletterboxBox([d.x1, d.y1, d.x2, d.y2], letterbox, region), classIndex: d.classIndex, confidence: d.score }));
  const protos = outputs.output1;
  if (model.contract.task !== 'segment' || !protos) return { boxes, score: 100 * Math.max(0, ...boxes.map((b) => b.confidence)) };
  const n = outputs.output0.dims[2] ?? 0;
  const row = 4 + model.contract.names.length;
  const o0 = outputs.output0.data;
  const [, , ph = 0, pw = 0] = protos.dims;
  const mask = unionMask(kept, (anchor, k) => o0[(row + k) * n + anchor] ?? 0, { data: protos.data, nm: MASK_CHANNELS, height: ph, width: pw }, letterbox, region, MASK_SIZE);
  let set = 0;
  for (const v of mask) set += v;
  return { boxes, mask, score: conditionScore(set / mask.length, model.entry.maxAreaRatio) };
}
