import { env } from 'onnxruntime-web';

/**
 * onnxruntime-web's WASM builds as the app serves them (see build/ort-assets.ts): `jsep` runs
 * WebGPU and WASM; `plain` runs WASM only, is half the size and runs the baseline models about
 * three times faster on WASM (bench/RESULTS.md, section 1).
 */
export type OrtBuild = 'jsep' | 'plain';

const FILES: Record<OrtBuild, { mjs: string; wasm: string }> = {
  jsep: { mjs: 'ort/ort-wasm-simd-threaded.jsep.mjs', wasm: 'ort/ort-wasm-simd-threaded.jsep.wasm' },
  plain: { mjs: 'ort/ort-wasm-simd-threaded.mjs', wasm: 'ort/ort-wasm-simd-threaded.wasm' },
};

/**
 * WASM threads for this context: min(4, cores) when the page is cross-origin isolated (threads
 * need SharedArrayBuffer), else 1.
 */
export function wasmThreads(isolated: boolean, cores: number | undefined): number {
  if (!isolated) return 1;
  return Math.max(1, Math.min(4, cores ?? 1));
}

let configured: { build: OrtBuild; threads: number } | null = null;

/**
 * Points onnxruntime-web at the runtime files on the app's own origin and fixes the thread
 * count. Both are process-wide and fixed by the first session, so the first call decides: later
 * calls return what it chose, whatever build they ask for.
 */
export function configureOrt(origin: string, build: OrtBuild): { build: OrtBuild; threads: number } {
  if (configured) return configured;
  const threads = wasmThreads(globalThis.crossOriginIsolated === true, globalThis.navigator?.hardwareConcurrency);
  env.wasm.wasmPaths = { mjs: new URL(FILES[build].mjs, origin).href, wasm: new URL(FILES[build].wasm, origin).href };
  env.wasm.numThreads = threads;
  env.wasm.simd = true;
  env.logLevel = 'error';
  configured = { build, threads };
  return configured;
}
