import { zoneAt, zoneFindings } from '../face/skin-grid';
import type { Finding } from '../result/result-schema';
import { MASK_SIZE } from '../result/result-schema';
import { countSet, encodeRle } from '../result/rle';
import { conditionScore } from '../result/score';
import type { Candidate } from './decode';
import { keptDetections, round4 } from './detections';
import type { Letterbox, Region } from './letterbox';
import { unletterboxBox } from './letterbox';
import type { LoadedModel } from './load-model';
import { MASK_CHANNELS } from './model-contract';
import { unionMask } from './masks';
import { PipelineError } from './pipeline-error';
import type { RawOutputs } from './run-model';

/** A detection's box as fractions of the crop. */
function cropBox(d: Candidate, lb: Letterbox, crop: Region): [number, number, number, number] {
  const box = unletterboxBox([d.x1, d.y1, d.x2, d.y2], lb, crop);
  return [round4(box[0] / crop.width), round4(box[1] / crop.height), round4(box[2] / crop.width), round4(box[3] / crop.height)];
}

/**
 * Turns one seg model's outputs on the crop into a finding: detections whose centre lies on the
 * skin (boxes as fractions of the crop), the union of their masks on the `MASK_SIZE` grid kept
 * to the skin, its area ratio, the condition score and the per-zone findings.
 * @param skin the crop's skin zones on the `MASK_SIZE` grid (`skinGrid`): 0 is not skin
 */
export function segmentFinding(model: LoadedModel, outputs: RawOutputs, lb: Letterbox, crop: Region, skin: Uint8Array): Finding {
  const { entry, contract } = model;
  const protoOut = outputs.output1;
  const n = outputs.output0.dims[2] ?? 0;
  const [, nm, ph, pw] = protoOut?.dims ?? [];
  if (!protoOut || nm !== MASK_CHANNELS || ph === undefined || pw === undefined) {
    throw new PipelineError('INFERENCE_FAILED', `output1 has shape [${protoOut?.dims.join(', ')}], expected [1, 32, h, w]`, entry.id);
  }
  const onSkin = keptDetections(model, outputs)
    .map((d) => ({ d, box: cropBox(d, lb, crop) }))
    .map((k) => ({ ...k, zone: zoneAt(skin, MASK_SIZE, (k.box[0] + k.box[2]) / 2, (k.box[1] + k.box[3]) / 2) }))
    .filter((k) => k.zone > 0);
  const coeffRow = 4 + contract.names.length;
  const o0 = outputs.output0.data;
  const mask = unionMask(
    onSkin.map((k) => k.d),
    (anchor, k) => o0[(coeffRow + k) * n + anchor] ?? 0,
    { data: protoOut.data, nm, height: ph, width: pw },
    lb,
    crop,
    MASK_SIZE,
  );
  for (let i = 0; i < mask.length; i++) if (skin[i] === 0) mask[i] = 0;
  const areaRatio = countSet(mask) / mask.length;
  return {
    modelId: entry.id,
    score: conditionScore(areaRatio, entry.maxAreaRatio),
    areaRatio,
    maxAreaRatio: entry.maxAreaRatio,
    lesionCount: onSkin.length,
    detections: onSkin.map(({ d, box }) => ({ box, confidence: round4(d.score), className: contract.names[d.classIndex] ?? String(d.classIndex) })),
    mask: encodeRle(mask, MASK_SIZE, MASK_SIZE) as Finding['mask'],
    zones: zoneFindings(skin, mask, onSkin.map((k) => k.zone)),
  };
}
