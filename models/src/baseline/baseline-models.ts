import type { ManifestModelInput } from '@derma/shared';
import { ACNE_DESCRIPTION, buildAcneModel } from './acne';
import { ATOPY_DESCRIPTION, buildAtopyModel } from './atopy';
import { WRINKLE_DESCRIPTION, buildWrinkleModel } from './wrinkle';

/** Version written into every baseline model's metadata and manifest entry. */
export const BASELINE_VERSION = '1.0.0';

/** One baseline model: how to build it and what its manifest entry says besides the file hash. */
export interface BaselineModel {
  role: 'acne' | 'atopy' | 'wrinkle';
  build: () => Uint8Array;
  entry: Omit<ManifestModelInput, 'sha256' | 'bytes'>;
}

function entry(role: BaselineModel['role'], description: string): BaselineModel['entry'] {
  return {
    id: `baseline-${role}`,
    role,
    task: 'segment',
    file: `baseline/${role}.onnx`,
    imgsz: 640,
    names: [role],
    // ultralytics predict defaults (ultralytics/cfg/default.yaml): conf 0.25, iou 0.7, max_det 300.
    conf: 0.25,
    iou: 0.7,
    maxDet: 300,
    maxAreaRatio: 0.1,
    cropScale: 1,
    version: BASELINE_VERSION,
    baseline: true,
    description,
    variants: [],
  };
}

/**
 * The three condition baselines, in manifest order. The face model is no baseline: it is the
 * trained YuNet, wrapped by models/scripts/wrap-yunet.ts.
 */
export const BASELINE_MODELS: readonly BaselineModel[] = [
  { role: 'acne', build: buildAcneModel, entry: entry('acne', ACNE_DESCRIPTION) },
  { role: 'atopy', build: buildAtopyModel, entry: entry('atopy', ATOPY_DESCRIPTION) },
  { role: 'wrinkle', build: buildWrinkleModel, entry: entry('wrinkle', WRINKLE_DESCRIPTION) },
];
