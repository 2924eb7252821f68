import { useSyncExternalStore } from 'react';
import type { Settings } from './settings-schema';
import { parseSettings } from './settings-schema';

const KEY = 'derma.settings';
const listeners = new Set<() => void>();
let current: Settings = parseSettings(globalThis.localStorage?.getItem(KEY) ?? null, globalThis.navigator?.languages ?? []);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Current settings outside React (the diagnosis flow, the sync queue). */
export function getSettings(): Settings {
  return current;
}

/** Changes some settings, persists them and re-renders every subscriber. */
export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  globalThis.localStorage?.setItem(KEY, JSON.stringify(current));
  for (const listener of listeners) listener();
}

/** The settings, re-rendering on change. */
export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}
