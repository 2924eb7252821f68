import type { OnnxRuntime } from '@derma/shared';
import { loadPipeline } from '@derma/shared';
import { createNodeRuntime, createWasmRuntime } from '@derma/api/inference';
import type { ModelSetName } from '../lib/model-sets';
import { loadModelSet } from '../lib/model-sets';
import { benchImage } from '../lib/test-image';
import type { RunnerOutput } from './measure-pipeline';
import { measurePipeline } from './measure-pipeline';

/** What the parent asks one child process to measure. */
export interface NodeChildJob {
  set: ModelSetName;
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
  const set = await loadModelSet(job.set);
  const { image } = await benchImage();
  const runtime: OnnxRuntime = job.runtime === 'native' ? createNodeRuntime({ threads: job.threads, location: 'device' }) : createWasmRuntime({ threads: job.threads });
  const pipeline = await loadPipeline({ manifest: set.manifest, runtime, readFile: set.readFile });
  let output: RunnerOutput;
  try {
    output = { ...(await measurePipeline(pipeline, image, job.warmup, job.runs)), peakMiB: process.resourceUsage().maxRSS / 1024 };
  } catch (error) {
    output = { backend: job.runtime, samples: [], lesions: [], peakMiB: Number.NaN, error: (error as Error).message };
  }
  await pipeline.dispose();
  process.stdout.write(`${JSON.stringify(output)}\n`);
  process.exit(0);
}

await main();
