import { PipelineError } from '@derma/shared';
import { ImageRejectedError } from '../image-intake';
import type { JobFailure } from './pool-messages';

/** The queue is full: the caller should answer TOO_MANY_REQUESTS with `retryAfterSeconds`. */
export class PoolBusyError extends Error {
  override readonly name = 'PoolBusyError';
  constructor(readonly retryAfterSeconds: number) {
    super(`the analysis queue is full; retry in ${retryAfterSeconds} s`);
  }
}

/** The analysis took longer than the pool's timeout; its worker was replaced. */
export class PoolTimeoutError extends Error {
  override readonly name = 'PoolTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`the analysis did not finish within ${Math.round(timeoutMs / 1000)} s`);
  }
}

/** The worker running the analysis died; it was replaced and the request failed. */
export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError';
  constructor(detail: string) {
    super(`the analysis worker stopped unexpectedly (${detail})`);
  }
}

/** The workers cannot load the models (missing or invalid files), or the pool is closed. */
export class PoolUnavailableError extends Error {
  override readonly name = 'PoolUnavailableError';
}

/** The typed error a worker's failure stands for, once it is back on the pool's thread. */
export function fromFailure(failure: JobFailure): Error {
  if (failure.kind === 'image') return new ImageRejectedError(failure.reason, failure.message);
  if (failure.kind === 'pipeline') return new PipelineError(failure.code, failure.message.replace(/^model \S+: /, ''), failure.modelId);
  return new Error(failure.message);
}
