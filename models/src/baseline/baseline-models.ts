import type { ManifestModelInput } from '@derma/shared';
import { ACNE_DESCRIPTION, buildAcneModel } from './acne';
import { ATOPY_DESCRIPTION, buildAtopyModel } from './atopy';
import { FACE_DESCRIPTION, buildFaceModel } from './face';
import { WRINKLE_DESCRIPTION, buildWrinkleModel } from './wrinkle';

/** Version written into every baseline model's metadata and manifest entry. */
export const BASELINE_VERSION = '1.0.0';

/** One baseline model: how to build it and what its manifest entry says besides the file hash. */
export interface BaselineModel {
  role: 'acne' | 'atopy' | 'wrinkle' | 'face';
  build: () => Uint8Array;
  entry: Omit<ManifestModelInput, 'sha256' | 'bytes'>;
}

function entry(role: BaselineModel['role'], description: string, extra: Partial<ManifestModelInput> = {}): BaselineModel['entry'] {
  return {
    id: `baseline-${role}`,
    role,
    task: role === 'face' ? 'detect' : 'segment',
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
    ...extra,
  };
}

/** The four baseline models, in manifest order. */
export const BASELINE_MODELS: readonly BaselineModel[] = [
  { role: 'face', build: buildFaceModel, entry: entry('face', FACE_DESCRIPTION, { cropScale: 1.2 }) },
  { role: 'acne', build: buildAcneModel, entry: entry('acne', ACNE_DESCRIPTION) },
  { role: 'atopy', build: buildAtopyModel, entry: entry('atopy', ATOPY_DESCRIPTION) },
  { role: 'wrinkle', build: buildWrinkleModel, entry: entry('wrinkle', WRINKLE_DESCRIPTION) },
];
