import { CONDITION_IDS } from '../catalogue/conditions';
import type { DiagnosisResult, Finding, ModelUsed } from '../result/result-schema';
import { RESULT_SCHEMA_VERSION } from '../result/result-schema';
import { totalScore } from '../result/score';
import type { QualityReason } from '../face/quality-reasons';
import { isQualityReason } from '../face/quality-reasons';
import { skinGrid } from '../face/skin-grid';
import { MASK_SIZE } from '../result/result-schema';
import { BufferPool } from './buffer-pool';
import { cropInput } from './crop-input';
import { faceStageOf } from './face-stage';
import type { Letterbox, Region } from './letterbox';
import type { LoadedModel } from './load-model';
import type { PipelineModels, PipelineOptions } from './load-pipeline';
import { loadPipelineModels } from './load-pipeline';
import type { OnnxRuntime, RgbaImage } from './onnx-runtime';
import { PipelineError } from './pipeline-error';
import { runModel } from './run-model';
import { segmentFinding } from './segment-stage';

/** What `Pipeline.check` says of a photo: analysable, or the quality gate's reason not to. */
export type QualityCheck = { ok: true; face: DiagnosisResult['face'] } | { ok: false; reason: QualityReason; message: string };

export interface RunOptions {
  /** Use the centre square instead of the face model (the user aligned the face in a guide). */
  skipFace?: boolean;
}

/** A loaded pipeline: run it on decoded images as often as needed, then dispose it. */
export interface Pipeline {
  readonly models: PipelineModels;
  run(image: RgbaImage, options?: RunOptions): Promise<DiagnosisResult>;
  /** Runs only the face model and the quality gate: cheap enough for live camera frames. */
  check(image: RgbaImage, options?: RunOptions): Promise<QualityCheck>;
  /** Runs every model once on a blank input so the first real diagnosis is not the slow one. */
  warmUp(): Promise<void>;
  dispose(): Promise<void>;
}

function allModels(models: PipelineModels): LoadedModel[] {
  return [...(models.face ? [models.face] : []), ...CONDITION_IDS.map((id) => models.conditions[id])];
}

function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}

async function diagnose(runtime: OnnxRuntime, models: PipelineModels, image: RgbaImage, options: RunOptions, buffers: BufferPool): Promise<DiagnosisResult> {
  const started = performance.now();
  const faceModel = options.skipFace ? null : models.face;
  const faceStage = await faceStageOf(runtime, models, image, options, buffers);
  const { crop } = faceStage;
  const region: Region = { x: 0, y: 0, width: crop.size, height: crop.size };
  const skin = skinGrid(image, crop, faceStage.layout, MASK_SIZE);
  const faceMs = performance.now() - started;
  const timings = { preprocess: 0, inference: 0, postprocess: 0 };
  const perModel: Record<string, number> = {};
  if (faceModel) perModel[faceModel.entry.id] = roundMs(faceStage.inferenceMs);
  // Seg models of the same input size share one preprocessed tensor.
  const inputs = new Map<number, { data: Float32Array; letterbox: Letterbox }>();
  const findings: Partial<Record<(typeof CONDITION_IDS)[number], Finding>> = {};
  try {
    for (const id of CONDITION_IDS) {
      const model = models.conditions[id];
      const size = model.contract.imgsz;
      let t = performance.now();
      let input = inputs.get(size);
      if (!input) {
        input = cropInput(image, faceStage, size, buffers);
        inputs.set(size, input);
      }
      timings.preprocess += performance.now() - t;
      const outputs = await runModel(runtime, model, input.data);
      timings.inference += outputs.ms;
      perModel[model.entry.id] = roundMs(outputs.ms);
      t = performance.now();
      findings[id] = segmentFinding(model, outputs, input.letterbox, region, skin);
      timings.postprocess += performance.now() - t;
    }
  } finally {
    buffers.give(...[...inputs.values()].map((input) => input.data));
  }
  const complete = findings as Record<(typeof CONDITION_IDS)[number], Finding>;
  const modelsUsed: ModelUsed[] = allModels({ ...models, face: faceModel }).map((m) => ({
    id: m.entry.id,
    role: m.entry.role,
    version: m.entry.version,
    sha256: m.sha256,
    baseline: m.entry.baseline,
  }));
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    image: { width: image.width, height: image.height },
    crop,
    face: faceStage.face,
    layout: faceStage.layout,
    ...(faceStage.notices.length > 0 ? { notices: faceStage.notices } : {}),
    findings: complete,
    totalScore: totalScore(CONDITION_IDS.map((id) => complete[id].score)),
    models: modelsUsed,
    backend: runtime.backend,
    timings: {
      face: roundMs(faceMs),
      preprocess: roundMs(timings.preprocess),
      inference: roundMs(timings.inference),
      postprocess: roundMs(timings.postprocess),
      total: roundMs(performance.now() - started),
      perModel,
    },
  };
}

/**
 * Loads every model of the manifest through the injected runtime and returns a pipeline that
 * turns RGBA images into diagnosis results.
 * @example
 * const pipeline = await loadPipeline({ manifest, runtime, readFile });
 * const result = await pipeline.run({ width, height, data });
 */
export async function loadPipeline(options: PipelineOptions): Promise<Pipeline> {
  const models = await loadPipelineModels(options);
  const { runtime } = options;
  const buffers = new BufferPool();
  return {
    models,
    run: (image, runOptions = {}) => diagnose(runtime, models, image, runOptions, buffers),
    check: async (image, runOptions = {}) => {
      try {
        return { ok: true, face: (await faceStageOf(runtime, models, image, runOptions, buffers)).face };
      } catch (error) {
        if (error instanceof PipelineError && isQualityReason(error.code)) return { ok: false, reason: error.code, message: error.message };
        throw error;
      }
    },
    warmUp: async () => {
      for (const model of allModels(models)) {
        const size = model.contract.imgsz;
        await runModel(runtime, model, new Float32Array(3 * size * size));
      }
    },
    dispose: async () => {
      await Promise.all(allModels(models).map((m) => m.session.release()));
    },
  };
}
