import { Worker } from 'node:worker_threads';
import type { PoolAnalysis, PoolOptions, WorkerConfig } from './pool-messages';

/** One analysis as it waits for, and runs on, a worker. */
export interface Job {
  id: number;
  bytes: Uint8Array;
  skipFace: boolean;
  enqueued: number;
  resolve: (value: PoolAnalysis) => void;
  reject: (error: Error) => void;
}

/** A worker thread of the pool, with the job it runs and that job's timeout. */
export interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  started: number;
}

/**
 * Starts a worker thread (worker-bootstrap.mjs loading the pool's worker entry) in a slot that is
 * not ready until the worker says its sessions are loaded.
 */
export function startSlot(options: PoolOptions): Slot {
  const entry = (options.workerUrl ?? new URL('./inference-worker.ts', import.meta.url)).href;
  const config: WorkerConfig = { manifestPath: options.manifestPath, threads: options.threads, limits: options.limits };
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { ...config, entry } });
  return { worker, ready: false, job: null, timer: null, started: 0 };
}

/** Frees a slot for the next job: no job, no timeout. */
export function clearSlot(slot: Slot): void {
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  slot.job = null;
}
