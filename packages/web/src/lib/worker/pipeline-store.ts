import { useSyncExternalStore } from 'react';
import { getSettings } from '../settings/use-settings';
import { initPipeline } from './pipeline-client';
import type { ReadyInfo, WorkerEvent, WorkerFailure } from './worker-protocol';

export interface DownloadState {
  file: string;
  loaded: number;
  total: number;
  attempt: number;
  fromCache: boolean;
}

/** Where the on-device models stand, shared by every screen that needs them. */
export interface PipelineState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  phase: 'manifest' | 'download' | 'compile' | 'warmup' | null;
  downloads: Record<string, DownloadState>;
  ready: ReadyInfo | null;
  error: WorkerFailure | null;
  fallbackReason: string | null;
}

const initial: PipelineState = { status: 'idle', phase: null, downloads: {}, ready: null, error: null, fallbackReason: null };
let state = initial;
const listeners = new Set<() => void>();

function set(patch: Partial<PipelineState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function onEvent(event: WorkerEvent): void {
  if (event.type === 'phase') set({ phase: event.phase });
  else if (event.type === 'backend-fallback') set({ fallbackReason: event.reason });
  else if (event.type === 'download') {
    const { modelId, file, loaded, total, attempt, fromCache } = event;
    set({ downloads: { ...state.downloads, [modelId]: { file, loaded, total, attempt, fromCache } } });
  }
}

/**
 * Loads the models in the worker with the current settings; a no-op while loading or once
 * ready unless `force` (retry, or a changed model variant).
 */
export async function loadModels(force = false): Promise<void> {
  if (state.status === 'loading' || (state.status === 'ready' && !force)) return;
  set({ ...initial, status: 'loading' });
  const { variants, modelPreference } = getSettings();
  const outcome = await initPipeline({ backend: 'auto', skipFace: false, variants, modelPreference }, onEvent);
  if (outcome.ok) set({ status: 'ready', phase: null, ready: outcome.value });
  else set({ status: 'error', error: outcome.error });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): PipelineState => state;

/** The model loading state outside React (the diagnosis flow). */
export const getPipelineState = snapshot;

/**
 * Resolves once the models are ready or have failed to load, starting the load when none is under
 * way: a photo picked early waits here, on the device, instead of going anywhere.
 */
export function whenModelsSettle(): Promise<PipelineState> {
  if (state.status === 'idle') void loadModels();
  return new Promise((resolve) => {
    const check = (): void => {
      if (state.status !== 'ready' && state.status !== 'error') return;
      listeners.delete(check);
      resolve(state);
    };
    listeners.add(check);
    check();
  });
}

/** The model loading state, re-rendering on every change. */
export function usePipelineState(): PipelineState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
