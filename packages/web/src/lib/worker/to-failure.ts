import { PipelineError } from '@derma/shared';
import { ModelDownloadError } from '../models/model-download-error';
import type { WorkerFailure } from './worker-protocol';

/** This browser has no WebAssembly, so no backend can run the models. */
export class NoWasmError extends Error {
  override readonly name = 'NoWasmError';
}

/** Turns anything thrown in the worker into data that survives structured cloning. */
export function toFailure(error: unknown): WorkerFailure {
  if (error instanceof PipelineError) return { code: error.code, message: error.message, modelId: error.modelId };
  if (error instanceof ModelDownloadError) return { code: `DOWNLOAD_${error.reason.toUpperCase()}`, message: error.message };
  if (error instanceof NoWasmError) return { code: 'NO_WASM', message: error.message };
  if (error instanceof Error) return { code: 'INTERNAL', message: error.message };
  return { code: 'INTERNAL', message: String(error) };
}
