import type { Backend, DiagnosisResult, ModelRole, ModelVariant, QualityCheck, RgbaImage } from '@derma/shared';
import type { ModelPreference } from '../settings/settings-schema';

/** Which backend the user or the device asks for; `auto` tries WebGPU first. */
export type BackendPreference = 'auto' | 'wasm';

export interface WorkerInitOptions {
  origin: string;
  backend: BackendPreference;
  /** Use the centre square of the oval guide instead of the face model. */
  skipFace: boolean;
  variants: Partial<Record<ModelRole, string>>;
  /** For the models with no variant chosen in `variants`. */
  modelPreference: ModelPreference;
}

/** What the worker reports while it gets ready and while it diagnoses. */
export type WorkerEvent =
  | { type: 'phase'; phase: 'manifest' | 'download' | 'compile' | 'warmup' }
  | { type: 'download'; modelId: string; file: string; loaded: number; total: number; attempt: number; fromCache: boolean }
  | { type: 'backend-fallback'; from: 'webgpu'; reason: string }
  | { type: 'stage'; role: ModelRole };

/** A manifest model as the result screen and settings need it. */
export interface ModelSummary {
  id: string;
  role: ModelRole;
  version: string;
  baseline: boolean;
  /** Size of the main file, as the manifest lists it. */
  bytes: number;
  variants: { id: string; kind: ModelVariant['kind']; bytes: number; imgsz: number; precision?: string }[];
  /** The variant this device loaded (the person's choice or the device default); null: the main file. */
  inUse: string | null;
}

/** Failures that cross the worker boundary as data, keeping their codes. */
export interface WorkerFailure {
  code: string;
  message: string;
  modelId?: string | undefined;
}

export type WorkerOutcome<T> = { ok: true; value: T } | { ok: false; error: WorkerFailure };

export interface ReadyInfo {
  backend: Backend;
  models: ModelSummary[];
  hasFaceModel: boolean;
  cachedBytes: number;
  downloadedBytes: number;
}

/** The worker's API as seen through comlink. */
export interface PipelineWorkerApi {
  init(options: WorkerInitOptions, onEvent: (event: WorkerEvent) => void): Promise<WorkerOutcome<ReadyInfo>>;
  diagnose(image: RgbaImage, onEvent: (event: WorkerEvent) => void): Promise<WorkerOutcome<DiagnosisResult>>;
  /** The face model and quality gate only, for live camera frames (`Pipeline.check`). */
  check(image: RgbaImage): Promise<WorkerOutcome<QualityCheck>>;
}
