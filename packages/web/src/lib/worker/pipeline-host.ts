import type { DiagnosisResult, Manifest, ModelRole, Pipeline, QualityCheck, RgbaImage } from '@derma/shared';
import { loadPipeline } from '@derma/shared';
import { configureOrt } from '../onnx/configure-ort';
import { createWebRuntime } from '../onnx/create-web-runtime';
import type { WebExecutionProvider } from '../onnx/create-web-runtime';
import { webGpuSupport } from '../onnx/detect-webgpu';
import { currentConnection, deviceVariants } from '../models/device-variants';
import { loadManifest } from '../models/load-manifest';
import { openModelCache } from '../models/model-cache';
import { instrumentStages } from './instrument-stages';
import { prefetchModels } from './prefetch-models';
import { NoWasmError } from './to-failure';
import { RunQueue } from './run-queue';
import type { ReadyInfo, WorkerEvent, WorkerInitOptions } from './worker-protocol';

type Emit = (event: WorkerEvent) => void;

function summarise(manifest: Manifest, pipeline: Pipeline, variants: Partial<Record<ModelRole, string>>): ReadyInfo['models'] {
  const loaded = new Set([pipeline.models.face?.entry.id, ...Object.values(pipeline.models.conditions).map((m) => m.entry.id)]);
  return manifest.models
    .filter((m) => loaded.has(m.id))
    .map((m) => ({
      id: m.id,
      role: m.role,
      version: m.version,
      baseline: m.baseline,
      bytes: m.bytes,
      variants: m.variants.map((v) => ({ id: v.id, kind: v.kind, bytes: v.bytes, imgsz: v.imgsz, ...(v.precision ? { precision: v.precision } : {}) })),
      inUse: variants[m.role] ?? null,
    }));
}

/** The pipeline inside the worker: models, backend choice with fallback, stage reporting. */
export class PipelineHost {
  private pipeline: Pipeline | null = null;
  private onStage: (role: ModelRole) => void = () => undefined;
  /** Diagnoses and live checks share the sessions, so they run one at a time. */
  private readonly runs = new RunQueue();

  async init(options: WorkerInitOptions, emit: Emit): Promise<ReadyInfo> {
    await this.pipeline?.dispose();
    this.pipeline = null;
    // Said plainly up front: without it every backend fails somewhere inside onnxruntime.
    if (typeof WebAssembly !== 'object') throw new NoWasmError('this browser cannot run WebAssembly');
    // WebGPU needs the jsep build; without an adapter the smaller, faster plain build runs WASM.
    const gpu = options.backend === 'auto' ? await webGpuSupport() : null;
    const wantsWebGpu = gpu !== null;
    const { build, threads } = configureOrt(options.origin, wantsWebGpu ? 'jsep' : 'plain');
    emit({ type: 'phase', phase: 'manifest' });
    const cache = await openModelCache();
    const manifest = await loadManifest(options.origin, cache);
    // Chosen for the backend tried first; a WebGPU failure falls back to WASM with the same files.
    const variants = deviceVariants(manifest, options.variants, gpu ? (gpu.float16 ? 'webgpu-f16' : 'webgpu') : 'wasm', currentConnection(), options.modelPreference);
    emit({ type: 'phase', phase: 'download' });
    const fetched = await prefetchModels(manifest, { ...options, variants }, cache, emit);
    const open = async (ep: WebExecutionProvider): Promise<Pipeline> => {
      emit({ type: 'phase', phase: 'compile' });
      const pipeline = await loadPipeline({
        manifest,
        runtime: createWebRuntime(ep, threads),
        readFile: async (file) => fetched.files.get(file) ?? Promise.reject(new Error(`${file} was not downloaded`)),
        variants,
        skipFace: options.skipFace,
      });
      emit({ type: 'phase', phase: 'warmup' });
      try {
        // Also proves the models run on this backend; a WebGPU failure shows up here.
        await pipeline.warmUp();
      } catch (error) {
        await pipeline.dispose().catch(() => undefined);
        throw error;
      }
      return pipeline;
    };
    let chosen: { pipeline: Pipeline; ep: WebExecutionProvider } | null = null;
    if (wantsWebGpu && build === 'jsep') {
      try {
        chosen = { pipeline: await open('webgpu'), ep: 'webgpu' };
      } catch (error) {
        emit({ type: 'backend-fallback', from: 'webgpu', reason: (error as Error).message });
      }
    }
    chosen ??= { pipeline: await open('wasm'), ep: 'wasm' };
    instrumentStages(chosen.pipeline.models, (role) => this.onStage(role));
    this.pipeline = chosen.pipeline;
    return {
      backend: createWebRuntime(chosen.ep, threads).backend,
      models: summarise(manifest, chosen.pipeline, variants),
      hasFaceModel: chosen.pipeline.models.face !== null,
      cachedBytes: fetched.cachedBytes,
      downloadedBytes: fetched.downloadedBytes,
    };
  }

  async diagnose(image: RgbaImage, emit: Emit): Promise<DiagnosisResult> {
    const pipeline = this.loaded();
    return this.runs.run(async () => {
      this.onStage = (role) => emit({ type: 'stage', role });
      try {
        return await pipeline.run(image);
      } finally {
        this.onStage = () => undefined;
      }
    });
  }

  /** The quality gate's verdict on a (downscaled) camera frame; no skin model runs. */
  async check(image: RgbaImage): Promise<QualityCheck> {
    const pipeline = this.loaded();
    return this.runs.run(() => pipeline.check(image));
  }

  private loaded(): Pipeline {
    if (!this.pipeline) throw new Error('the models are not loaded yet');
    return this.pipeline;
  }
}
