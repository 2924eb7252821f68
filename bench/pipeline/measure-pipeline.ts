import type { OnnxRuntime, RgbaImage } from '@derma/shared';

/** Stage times of one diagnosis in ms, as the pipeline reports them. */
export interface RunSample {
  total: number;
  /** Face stage: its preprocessing, inference, box decoding and (now) the quality gate and skin grid. */
  face: number;
  /** The face model's `session.run` plus output read-back alone (0 without a face model). */
  faceModel: number;
  /** Seg-model preprocessing (one letterbox shared by the three models). */
  preprocess: number;
  /** Seg-model `session.run` plus output read-back. */
  inference: number;
  /** NMS, mask assembly, RLE and scores. */
  postprocess: number;
  /** Each model's `session.run` plus read-back, by role (face, acne, atopy, wrinkle). */
  byRole: Record<string, number>;
}

/** What one runtime configuration measured; also the JSON a child process or page prints. */
export interface RunnerOutput {
  backend: string;
  samples: RunSample[];
  /** Peak resident memory of the process running the models, MiB (NaN when unknown). */
  peakMiB: number;
  /** Lesions found per condition on the last run: the same on every runtime. */
  lesions: number[];
  /** The face box the last run analysed, image pixels [x1, y1, x2, y2] (absent without a face). */
  faceBox?: number[];
  error?: string;
}

/** What the loop reads of a result: today's DiagnosisResult and the snapshot's both fit. */
export interface TimedResult {
  timings: { total: number; face: number; preprocess: number; inference: number; postprocess: number; perModel: Record<string, number> };
  findings: Record<'acne' | 'atopy' | 'wrinkle', { lesionCount: number }>;
  backend: { runtime: string; executionProvider: string; threads: number };
  face: { box: readonly number[] } | null;
  models: readonly { id: string; role: string }[];
}

/** A loaded pipeline as the loop drives it: packages/shared's, or the snapshot's before the face change. */
export interface MeasuredPipeline {
  run(image: RgbaImage, options?: { skipFace?: boolean }): Promise<TimedResult>;
  warmUp(): Promise<void>;
  dispose(): Promise<void>;
}

/** What the loop needs of a pipeline module: `@derma/shared` now, or its copy at BEFORE_COMMIT. */
export interface PipelineModule {
  manifestSchema: { parse(input: unknown): unknown };
  loadPipeline(options: { manifest: unknown; runtime: OnnxRuntime; readFile: (file: string) => Promise<Uint8Array>; variants?: Partial<Record<'face', string>> }): Promise<MeasuredPipeline>;
}

function sampleOf(result: TimedResult): RunSample {
  const t = result.timings;
  const faceId = result.models.find((m) => m.role === 'face')?.id;
  const faceModel = faceId === undefined ? 0 : (t.perModel[faceId] ?? 0);
  const byRole = Object.fromEntries(result.models.map((m) => [m.role, t.perModel[m.id] ?? 0]));
  return { total: t.total, face: t.face, faceModel, preprocess: t.preprocess, inference: t.inference, postprocess: t.postprocess, byRole };
}

/**
 * Runs `warmup` diagnoses that are thrown away (after one blank run per model), then `runs`
 * measured ones. Runs in Node and in the browser page alike, so every runtime is timed by the
 * same loop. `skipFace` analyses the centre square (a bench image that is not a face).
 */
export async function measurePipeline(pipeline: MeasuredPipeline, image: RgbaImage, warmup: number, runs: number, skipFace = false): Promise<Omit<RunnerOutput, 'peakMiB'>> {
  if (warmup > 0) await pipeline.warmUp();
  for (let i = 0; i < warmup; i++) await pipeline.run(image, { skipFace });
  let last = await pipeline.run(image, { skipFace });
  const samples: RunSample[] = [];
  for (let i = 0; i < runs; i++) {
    if (i > 0) last = await pipeline.run(image, { skipFace });
    samples.push(sampleOf(last));
  }
  const lesions = [last.findings.acne.lesionCount, last.findings.atopy.lesionCount, last.findings.wrinkle.lesionCount];
  const b = last.backend;
  return { backend: `${b.runtime}/${b.executionProvider}×${b.threads}`, samples, lesions, ...(last.face ? { faceBox: [...last.face.box] } : {}) };
}
