import type { DiagnosisResult, PipelineErrorCode } from '@derma/shared';
import type { ImageRejection, IntakeLimits } from '../image-intake';

/** What a pool worker is started with. */
export interface WorkerConfig {
  manifestPath: string;
  /** onnxruntime intra-op threads per worker session. */
  threads: number;
  limits: IntakeLimits;
}

export interface JobRequest {
  id: number;
  bytes: Uint8Array;
  skipFace: boolean;
}

/** A failure as it crosses the thread boundary; the pool turns it back into a typed error. */
export type JobFailure =
  | { kind: 'image'; reason: ImageRejection; message: string }
  | { kind: 'pipeline'; code: PipelineErrorCode; message: string; modelId?: string }
  | { kind: 'internal'; message: string };

export interface JobTimings {
  decodeMs: number;
  pipelineMs: number;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'done'; id: number; result: DiagnosisResult; timings: JobTimings }
  | { type: 'error'; id: number; failure: JobFailure };

export interface PoolOptions extends WorkerConfig {
  /** Worker threads, each with its own sessions. */
  size: number;
  /** Jobs allowed to wait for a worker; beyond that `analyze` fails fast with PoolBusyError. */
  maxQueue: number;
  timeoutMs: number;
  /** Worker entry; tests substitute one that crashes on demand. */
  workerUrl?: URL;
}

export interface PoolAnalysis {
  result: DiagnosisResult;
  timings: JobTimings & { queueMs: number };
}
