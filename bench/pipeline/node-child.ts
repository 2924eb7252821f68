import type { OnnxRuntime } from '@derma/shared';
import { createNodeRuntime, createWasmRuntime } from '@derma/api/inference';
import { benchImage } from '../lib/test-image';
import type { MeasuredPipeline, RunnerOutput } from './measure-pipeline';
import { measurePipeline } from './measure-pipeline';
import type { SubjectName } from './subjects';
import { loadSubjectPipeline } from './subjects';

/** What the parent asks one child process to measure. */
export interface NodeChildJob {
  subject: SubjectName;
  runtime: 'native' | 'wasm';
  threads: number;
  warmup: number;
  runs: number;
}

/**
 * One runtime configuration per process: onnxruntime-web fixes its thread count with the first
 * session, and a fresh process gives a clean peak-RSS figure. Prints one JSON line.
 */
async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as NodeChildJob;
  const { image, face } = await benchImage();
  const runtime: OnnxRuntime = job.runtime === 'native' ? createNodeRuntime({ threads: job.threads, location: 'device' }) : createWasmRuntime({ threads: job.threads });
  let output: RunnerOutput;
  let pipeline: MeasuredPipeline | undefined;
  try {
    pipeline = await loadSubjectPipeline(job.subject, runtime);
    output = { ...(await measurePipeline(pipeline, image, job.warmup, job.runs, !face)), peakMiB: process.resourceUsage().maxRSS / 1024 };
  } catch (error) {
    output = { backend: job.runtime, samples: [], lesions: [], peakMiB: Number.NaN, error: (error as Error).message };
  }
  await pipeline?.dispose();
  process.stdout.write(`${JSON.stringify(output)}\n`);
  process.exit(0);
}

await main();
