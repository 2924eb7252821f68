import type { Pipeline, RgbaImage } from '@derma/shared';

/** Stage times of one diagnosis in ms, as the pipeline reports them. */
export interface RunSample {
  total: number;
  /** Face stage: its preprocessing, inference and box decoding. */
  face: number;
  /** Seg-model preprocessing (one letterbox shared by the three models). */
  preprocess: number;
  /** Seg-model `session.run` plus output read-back. */
  inference: number;
  /** NMS, mask assembly, RLE and scores. */
  postprocess: number;
}

/** What one runtime configuration measured; also the JSON a child process or page prints. */
export interface RunnerOutput {
  backend: string;
  samples: RunSample[];
  /** Peak resident memory of the process running the models, MiB (NaN when unknown). */
  peakMiB: number;
  /** Lesions found per condition on the last run: the same on every runtime. */
  lesions: number[];
  error?: string;
}

/**
 * Runs `warmup` diagnoses that are thrown away (after one blank run per model), then `runs`
 * measured ones. Runs in Node and in the browser page alike, so every runtime is timed by the
 * same loop.
 */
export async function measurePipeline(pipeline: Pipeline, image: RgbaImage, warmup: number, runs: number): Promise<Omit<RunnerOutput, 'peakMiB'>> {
  if (warmup > 0) await pipeline.warmUp();
  for (let i = 0; i < warmup; i++) await pipeline.run(image);
  let last = await pipeline.run(image);
  const samples: RunSample[] = [];
  for (let i = 0; i < runs; i++) {
    if (i > 0) last = await pipeline.run(image);
    const t = last.timings;
    samples.push({ total: t.total, face: t.face, preprocess: t.preprocess, inference: t.inference, postprocess: t.postprocess });
  }
  const lesions = [last.findings.acne.lesionCount, last.findings.atopy.lesionCount, last.findings.wrinkle.lesionCount];
  const b = last.backend;
  return { backend: `${b.runtime}/${b.executionProvider}×${b.threads}`, samples, lesions };
}
