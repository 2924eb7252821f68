import { checkUpload } from '../image-intake';
import { fromFailure, PoolBusyError, PoolTimeoutError, PoolUnavailableError, WorkerCrashedError } from './pool-errors';
import type { PoolAnalysis, PoolOptions, WorkerMessage } from './pool-messages';
import { clearSlot, startSlot, type Job, type Slot } from './worker-slot';

export type { PoolAnalysis, PoolOptions } from './pool-messages';

/** Workers that fail to load in a row before the pool reports itself unavailable. */
const MAX_START_FAILURES = 3;

/**
 * A fixed pool of worker threads running the shared pipeline on onnxruntime-node, so the event
 * loop never blocks on inference. Bounded queue, per-job timeout, and a crashed or stuck worker
 * is replaced while its job fails with a typed error.
 */
export class InferencePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private startFailures = 0;
  private unavailable: string | null = null;
  private closed = false;
  private lastJobMs = 2000;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  /** Worker, queue and failure counts for /metrics and /health. */
  stats(): { size: number; ready: number; busy: number; queued: number; unavailable: string | null } {
    const slots = [...this.slots];
    return { size: this.options.size, ready: slots.filter((s) => s.ready).length, busy: slots.filter((s) => s.job).length, queued: this.queue.length, unavailable: this.unavailable };
  }

  /**
   * Analyses one uploaded image. Header checks run here, before the job is queued.
   * @throws ImageRejectedError, PipelineError (e.g. NO_FACE), PoolBusyError, PoolTimeoutError,
   *   WorkerCrashedError or PoolUnavailableError
   */
  analyze(bytes: Uint8Array, options: { skipFace?: boolean } = {}): Promise<PoolAnalysis> {
    if (this.closed) return Promise.reject(new PoolUnavailableError('the inference pool is shut down'));
    if (this.unavailable) return Promise.reject(new PoolUnavailableError(this.unavailable));
    try {
      checkUpload(bytes, this.options.limits);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    if (this.queue.length >= this.options.maxQueue) {
      const waitMs = ((this.queue.length + 1) * this.lastJobMs) / Math.max(1, this.options.size);
      return Promise.reject(new PoolBusyError(Math.max(1, Math.ceil(waitMs / 1000))));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, skipFace: options.skipFace ?? false, enqueued: performance.now(), resolve, reject });
      this.dispatch();
    });
  }

  /** Rejects queued jobs, waits for running ones up to `graceMs`, then stops every worker. */
  async close(graceMs = 10_000): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new PoolUnavailableError('the inference pool is shutting down'));
    const deadline = Date.now() + graceMs;
    while ([...this.slots].some((s) => s.job) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await Promise.all([...this.slots].map((s) => this.retire(s, 'the inference pool is shutting down')));
  }

  private spawn(): void {
    const slot = startSlot(this.options);
    this.slots.add(slot);
    slot.worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    slot.worker.on('error', (error) => this.onExit(slot, error.message));
    slot.worker.on('exit', (code) => this.onExit(slot, `exit code ${code}`));
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.startFailures = 0;
      this.dispatch();
      return;
    }
    if (message.type === 'failed') {
      this.startFailures += 1;
      void this.retire(slot, message.message);
      if (this.startFailures >= MAX_START_FAILURES) this.markUnavailable(`the models cannot be loaded: ${message.message}`);
      else if (!this.closed) this.spawn();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.id) return;
    clearSlot(slot);
    if (message.type === 'done') {
      this.lastJobMs = message.timings.decodeMs + message.timings.pipelineMs;
      job.resolve({ result: message.result, timings: { ...message.timings, queueMs: slot.started - job.enqueued } });
    } else job.reject(fromFailure(message.failure));
    this.dispatch();
  }

  private onExit(slot: Slot, detail: string): void {
    if (!this.slots.has(slot)) return;
    this.slots.delete(slot);
    const job = slot.job;
    clearSlot(slot);
    job?.reject(new WorkerCrashedError(detail));
    if (!this.closed && !this.unavailable) this.spawn();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.started = performance.now();
      slot.timer = setTimeout(() => {
        clearSlot(slot);
        job.reject(new PoolTimeoutError(this.options.timeoutMs));
        void this.retire(slot, 'timed out').then(() => !this.closed && this.spawn());
      }, this.options.timeoutMs);
      const copy = job.bytes.slice();
      slot.worker.postMessage({ id: job.id, bytes: copy, skipFace: job.skipFace }, [copy.buffer]);
    }
  }

  private async retire(slot: Slot, reason: string): Promise<void> {
    this.slots.delete(slot);
    slot.job?.reject(new PoolUnavailableError(reason));
    clearSlot(slot);
    await slot.worker.terminate();
  }

  private markUnavailable(reason: string): void {
    this.unavailable = reason;
    for (const job of this.queue.splice(0)) job.reject(new PoolUnavailableError(reason));
  }
}
