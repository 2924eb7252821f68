/** Why a diagnosis could not be produced; callers map codes to HTTP/tRPC errors and UI text. */
export type PipelineErrorCode =
  | 'NO_FACE'
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
export const NO_FACE_MESSAGE = {
  ko: '얼굴을 찾을 수 없습니다. 정면 사진을 업로드해주세요.',
  en: 'No face found. Please upload a frontal photo.',
} as const;
