import type { DiagnosisResult, QualityCheck, RgbaImage } from '@derma/shared';
import type { Remote } from 'comlink';
import { proxy, transfer, wrap } from 'comlink';
import type { PipelineWorkerApi, ReadyInfo, WorkerEvent, WorkerInitOptions, WorkerOutcome } from './worker-protocol';

let remote: Remote<PipelineWorkerApi> | null = null;

function worker(): Remote<PipelineWorkerApi> {
  remote ??= wrap<PipelineWorkerApi>(new Worker(new URL('./pipeline-worker.ts', import.meta.url), { type: 'module', name: 'derma-pipeline' }));
  return remote;
}

/** Loads (or reloads, with other options) the models in the pipeline worker. */
export function initPipeline(options: Omit<WorkerInitOptions, 'origin'>, onEvent: (event: WorkerEvent) => void): Promise<WorkerOutcome<ReadyInfo>> {
  return worker().init({ ...options, origin: location.origin }, proxy(onEvent));
}

/** Runs a diagnosis in the worker; the pixels are transferred, not copied. */
export function diagnoseInWorker(image: RgbaImage, onEvent: (event: WorkerEvent) => void): Promise<WorkerOutcome<DiagnosisResult>> {
  const pixels = { width: image.width, height: image.height, data: image.data };
  return worker().diagnose(transfer(pixels, [image.data.buffer as ArrayBuffer]), proxy(onEvent));
}

/** Asks the worker's quality gate about a camera frame; the pixels are transferred, never uploaded. */
export function checkInWorker(image: RgbaImage): Promise<WorkerOutcome<QualityCheck>> {
  return worker().check(transfer({ width: image.width, height: image.height, data: image.data }, [image.data.buffer as ArrayBuffer]));
}
