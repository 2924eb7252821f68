import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that keeps the app shell and the ONNX runtime available
 * offline (models live in the Cache API, written by the pipeline worker). Development builds
 * run without it so code changes are never served stale.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
