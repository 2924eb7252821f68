import type { RawOutputs } from './run-model';
import type { Candidate } from './decode';
import { decodeCandidates } from './decode';
import type { LoadedModel } from './load-model';
import { MASK_CHANNELS } from './model-contract';
import { nonMaxSuppression } from './nms';

/**
 * Decodes `output0` of a model run and applies its manifest thresholds (conf, class-aware NMS
 * iou, max_det). Returns the kept candidates, best first; a pose model's carry their keypoints.
 */
export function keptDetections(model: LoadedModel, outputs: RawOutputs): Candidate[] {
  const { entry, contract } = model;
  const nm = contract.task === 'segment' ? MASK_CHANNELS : 0;
  const [k, d] = contract.kptShape ?? [0, 0];
  const { data, dims } = outputs.output0;
  const candidates = decodeCandidates(data, dims, contract.names.length, nm, entry.conf, k * d);
  return nonMaxSuppression(candidates, entry.iou, entry.maxDet);
}

/** Rounds to 4 decimals: enough for 1/10 000 of a crop, and keeps results compact. */
export function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
