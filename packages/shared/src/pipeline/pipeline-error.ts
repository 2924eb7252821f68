import type { QualityReason } from '../face/quality-reasons';
import { QUALITY_MESSAGES } from '../face/quality-reasons';

/** Why a diagnosis could not be produced; callers map codes to HTTP/tRPC errors and UI text. */
export type PipelineErrorCode =
  | QualityReason
  | 'MODEL_MISSING'
  | 'MODEL_HASH_MISMATCH'
  | 'MODEL_INVALID'
  | 'IMAGE_INVALID'
  | 'INFERENCE_FAILED';

/** A typed pipeline failure; `modelId` names the model at fault when there is one. */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';

  constructor(
    readonly code: PipelineErrorCode,
    message: string,
    readonly modelId?: string,
  ) {
    super(modelId ? `model ${modelId}: ${message}` : message);
  }
}

/** The original server's "no face" message, kept word for word, and its English twin. */
export const NO_FACE_MESSAGE = QUALITY_MESSAGES.NO_FACE;
