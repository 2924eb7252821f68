import type { Finding } from '../result/result-schema';
import { MASK_SIZE } from '../result/result-schema';
import { countSet, encodeRle } from '../result/rle';
import { conditionScore } from '../result/score';
import { keptDetections, round4 } from './detections';
import type { Letterbox, Region } from './letterbox';
import { unletterboxBox } from './letterbox';
import type { LoadedModel } from './load-model';
import { MASK_CHANNELS } from './model-contract';
import { unionMask } from './masks';
import { PipelineError } from './pipeline-error';
import type { RawOutputs } from './run-model';

/**
 * Turns one seg model's outputs on the crop into a finding: detections (boxes as fractions of
 * the crop), the union mask on the `MASK_SIZE` grid, its area ratio and the condition score.
 */
export function segmentFinding(model: LoadedModel, outputs: RawOutputs, lb: Letterbox, crop: Region): Finding {
  const { entry, contract } = model;
  const kept = keptDetections(model, outputs);
  const protoOut = outputs.output1;
  const n = outputs.output0.dims[2] ?? 0;
  const [, nm, ph, pw] = protoOut?.dims ?? [];
  if (!protoOut || nm !== MASK_CHANNELS || ph === undefined || pw === undefined) {
    throw new PipelineError('INFERENCE_FAILED', `output1 has shape [${protoOut?.dims.join(', ')}], expected [1, 32, h, w]`, entry.id);
  }
  const coeffRow = 4 + contract.names.length;
  const o0 = outputs.output0.data;
  const mask = unionMask(
    kept,
    (anchor, k) => o0[(coeffRow + k) * n + anchor] ?? 0,
    { data: protoOut.data, nm, height: ph, width: pw },
    lb,
    crop,
    MASK_SIZE,
  );
  const areaRatio = countSet(mask) / mask.length;
  return {
    modelId: entry.id,
    score: conditionScore(areaRatio, entry.maxAreaRatio),
    areaRatio,
    maxAreaRatio: entry.maxAreaRatio,
    lesionCount: kept.length,
    detections: kept.map((d) => {
      const box = unletterboxBox([d.x1, d.y1, d.x2, d.y2], lb, crop);
      return {
        box: [round4(box[0] / crop.width), round4(box[1] / crop.height), round4(box[2] / crop.width), round4(box[3] / crop.height)],
        confidence: round4(d.score),
        className: contract.names[d.classIndex] ?? String(d.classIndex),
      };
    }),
    mask: encodeRle(mask, MASK_SIZE, MASK_SIZE) as Finding['mask'],
  };
}
