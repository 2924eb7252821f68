import type { ConditionId } from '@derma/shared';
import { isQualityReason } from '@derma/shared';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';

/** The steps of one diagnosis, in the order the user sees them. */
export type Stage = 'decode' | 'face' | ConditionId | 'upload' | 'save';

/** Where the photo is analysed: on this device, or uploaded to the server. */
export type Route = 'device' | 'server';

/** Why a server run happened: the person prefers the server in settings, or chose it for this photo. */
export type ServerReason = 'preferred' | 'chosen';

export interface RunState {
  running: boolean;
  route: Route;
  stage: Stage | null;
  done: Stage[];
  error: WorkerFailure | null;
  /** The photo is held on the device until the models are ready. */
  queued: boolean;
  /** The device cannot run the models, for this reason: the person decides what happens next. */
  consent: WorkerFailure | null;
  serverReason: ServerReason | null;
}

/** What the diagnose screen gets from `useDiagnosisRun`. */
export interface DiagnosisRun {
  state: RunState;
  run: (photo: Blob | ImageBitmap) => Promise<void>;
  /** After the device failed: upload this photo, and with `always` every later one too. */
  chooseServer: (always: boolean) => Promise<void>;
  retryOnDevice: () => Promise<void>;
  /** Drops the held photo; nothing is sent. */
  cancel: () => void;
}

export const idleRun: RunState = { running: false, route: 'device', stage: null, done: [], error: null, queued: false, consent: null, serverReason: null };

/** Failures of the decoder, not of the quality gate. */
const UNREADABLE = new Set(['IMAGE_UNREADABLE', 'IMAGE_INVALID']);

/**
 * Failures caused by the photo itself: the server would refuse it the same way, so it is never
 * offered. Every quality-gate refusal is one.
 */
export function isPhotoFault(code: string): boolean {
  return UNREADABLE.has(code) || isQualityReason(code);
}

/** Photos go to the server without asking only when the person prefers it in settings. */
export function chooseRoute(preferServer: boolean): Route {
  return preferServer ? 'server' : 'device';
}

/** A thrown error as the failure the screen words. */
export function failureOf(error: unknown): WorkerFailure {
  const code = (error as { code?: unknown }).code;
  return { code: typeof code === 'string' ? code : 'INTERNAL', message: (error as Error).message };
}
