import { parentPort, workerData } from 'node:worker_threads';
import { createJobHandler } from './job-handler';
import type { JobRequest, WorkerConfig, WorkerMessage } from './pool-messages';

/**
 * Runs inside a pool thread: loads the models once, reports ready (or why it cannot start),
 * then answers each job. `intercept` lets a test worker misbehave on chosen jobs.
 */
export async function serveJobs(intercept?: (job: JobRequest) => 'handled' | undefined): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('pool workers must run in a worker thread');
  const post = (message: WorkerMessage): void => port.postMessage(message);
  try {
    const handle = await createJobHandler(workerData as WorkerConfig);
    port.on('message', (job: JobRequest) => {
      if (intercept?.(job) === 'handled') return;
      void handle(job).then(post);
    });
    post({ type: 'ready' });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
