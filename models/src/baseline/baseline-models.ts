import type { ManifestModelInput } from '@derma/shared';
import { ACNE_DESCRIPTION, ACNE_VERSION, buildAcneModel } from './acne';
import { ATOPY_DESCRIPTION, ATOPY_VERSION, buildAtopyModel } from './atopy';
import { WRINKLE_DESCRIPTION, WRINKLE_VERSION, buildWrinkleModel } from './wrinkle';

/** One baseline model: how to build it and what its manifest entry says besides the file hash. */
export interface BaselineModel {
  role: 'acne' | 'atopy' | 'wrinkle';
  build: () => Uint8Array;
  entry: Omit<ManifestModelInput, 'sha256' | 'bytes'>;
}

/** The manifest entry of a baseline; `version` is the one its builder writes into the model's metadata. */
function entry(role: BaselineModel['role'], description: string, version: string): BaselineModel['entry'] {
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
    version,
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
  { role: 'acne', build: () => buildAcneModel(), entry: entry('acne', ACNE_DESCRIPTION, ACNE_VERSION) },
  { role: 'atopy', build: () => buildAtopyModel(), entry: entry('atopy', ATOPY_DESCRIPTION, ATOPY_VERSION) },
  { role: 'wrinkle', build: () => buildWrinkleModel(), entry: entry('wrinkle', WRINKLE_DESCRIPTION, WRINKLE_VERSION) },
];
