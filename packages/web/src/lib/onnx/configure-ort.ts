import { env } from 'onnxruntime-web';

/** onnxruntime-web's files as the app serves them (see build/ort-assets.ts). */
const ORT_MJS = 'ort/ort-wasm-simd-threaded.jsep.mjs';
const ORT_WASM = 'ort/ort-wasm-simd-threaded.jsep.wasm';

/**
 * WASM threads for this context: min(4, cores) when the page is cross-origin isolated (threads
 * need SharedArrayBuffer), else 1.
 */
export function wasmThreads(isolated: boolean, cores: number | undefined): number {
  if (!isolated) return 1;
  return Math.max(1, Math.min(4, cores ?? 1));
}

/**
 * Points onnxruntime-web at the runtime files on the app's own origin and fixes the thread
 * count, which is process-wide and must be set before the first session.
 * @returns the number of WASM threads configured
 */
export function configureOrt(origin: string): number {
  const threads = wasmThreads(globalThis.crossOriginIsolated === true, globalThis.navigator?.hardwareConcurrency);
  env.wasm.wasmPaths = { mjs: new URL(ORT_MJS, origin).href, wasm: new URL(ORT_WASM, origin).href };
  env.wasm.numThreads = threads;
  env.wasm.simd = true;
  env.logLevel = 'error';
  return threads;
}
