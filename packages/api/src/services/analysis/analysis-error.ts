import type { AnalyzeReason } from '@derma/shared';
import { isQualityReason, PipelineError, QUALITY_MESSAGES } from '@derma/shared';
import { ImageRejectedError } from '../../inference/image-intake';
import { ReasonedError } from '../../trpc/reasoned-error';
import { PoolBusyError, PoolTimeoutError, PoolUnavailableError, WorkerCrashedError } from '../../inference/pool/pool-errors';

/** Why an analysis or a photo was refused, in `error.data.reason`. */
export class AnalysisError extends ReasonedError<AnalyzeReason> {}

/**
 * Maps what the intake and the inference pool throw to precise tRPC errors: image problems are
 * the caller's (BAD_REQUEST, PAYLOAD_TOO_LARGE; a quality-gate refusal says what to do, in
 * English, and its code is the reason), a full queue is TOO_MANY_REQUESTS with
 * Retry-After, timeouts and worker failures are the server's.
 */
export function toAnalysisError(error: unknown, resHeaders: Headers | null): Error {
  if (error instanceof ImageRejectedError) {
    if (error.reason === 'TOO_LARGE') return new AnalysisError('PAYLOAD_TOO_LARGE', 'TOO_LARGE', error.message, error);
    if (error.reason === 'TOO_MANY_PIXELS') return new AnalysisError('PAYLOAD_TOO_LARGE', 'TOO_MANY_PIXELS', error.message, error);
    return new AnalysisError('BAD_REQUEST', error.reason, error.message, error);
  }
  if (error instanceof PipelineError) {
    if (isQualityReason(error.code)) return new AnalysisError('BAD_REQUEST', error.code, QUALITY_MESSAGES[error.code].en, error);
    if (error.code === 'IMAGE_INVALID') return new AnalysisError('BAD_REQUEST', 'UNREADABLE', `unreadable image: ${error.message}`, error);
    return new AnalysisError('SERVICE_UNAVAILABLE', 'UNAVAILABLE', `server analysis failed: ${error.message}`, error);
  }
  if (error instanceof PoolBusyError) {
    resHeaders?.set('Retry-After', String(error.retryAfterSeconds));
    return new AnalysisError('TOO_MANY_REQUESTS', 'BUSY', `The server is busy analysing other photos; retry in ${error.retryAfterSeconds} s.`, error);
  }
  if (error instanceof PoolTimeoutError) return new AnalysisError('TIMEOUT', 'TIMEOUT', error.message, error);
  if (error instanceof WorkerCrashedError || error instanceof PoolUnavailableError) {
    return new AnalysisError('SERVICE_UNAVAILABLE', 'UNAVAILABLE', `Server analysis is unavailable: ${error.message}. Try on-device analysis.`, error);
  }
  return error instanceof Error ? error : new Error(String(error));
}
