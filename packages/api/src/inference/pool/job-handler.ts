import { loadPipeline, PipelineError } from '@derma/shared';
import { readManifestFile } from '../manifest-file';
import { createNodeRuntime } from '../node-runtime';
import { ImageRejectedError, intakeImage } from '../image-intake';
import type { JobFailure, JobRequest, WorkerConfig, WorkerMessage } from './pool-messages';

function toFailure(error: unknown): JobFailure {
  if (error instanceof ImageRejectedError) return { kind: 'image', reason: error.reason, message: error.message };
  if (error instanceof PipelineError) return { kind: 'pipeline', code: error.code, message: error.message, ...(error.modelId ? { modelId: error.modelId } : {}) };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Loads the pipeline once (one onnxruntime-node session per model, reused for every job) and
 * returns the function that analyses one uploaded image into a worker message.
 */
export async function createJobHandler(config: WorkerConfig): Promise<(job: JobRequest) => Promise<WorkerMessage>> {
  const { manifest, readFile } = await readManifestFile(config.manifestPath);
  const runtime = createNodeRuntime({ threads: config.threads, location: 'server' });
  const pipeline = await loadPipeline({ manifest, runtime, readFile });
  await pipeline.warmUp();
  return async (job) => {
    try {
      const started = performance.now();
      const image = await intakeImage(job.bytes, config.limits);
      const decoded = performance.now();
      const result = await pipeline.run(image, { skipFace: job.skipFace });
      const timings = { decodeMs: decoded - started, pipelineMs: performance.now() - decoded };
      return { type: 'done', id: job.id, result, timings };
    } catch (error) {
      return { type: 'error', id: job.id, failure: toFailure(error) };
    }
  };
}
