import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** URL folder from which the app serves onnxruntime-web's own runtime files. */
export const ORT_BASE = '/ort/';
/**
 * The onnxruntime-web builds the worker loads at run time: JSEP (WebGPU and WASM in one binary)
 * where a WebGPU adapter exists, the plain WASM build elsewhere (see src/lib/onnx/configure-ort.ts).
 * Taken from the installed package so their version always matches the JS.
 */
export const ORT_FILES = [
  'ort-wasm-simd-threaded.jsep.mjs',
  'ort-wasm-simd-threaded.jsep.wasm',
  'ort-wasm-simd-threaded.mjs',
  'ort-wasm-simd-threaded.wasm',
] as const;

function ortDist(): string {
  const require = createRequire(import.meta.url);
  // The package's `exports` hide package.json, but its CommonJS entry lies in dist/.
  return dirname(require.resolve('onnxruntime-web'));
}

function contentType(file: string): string {
  return file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
}

/**
 * Serves onnxruntime-web's `.wasm`/`.mjs` under `/ort/` in development and emits them into the
 * build, so the runtime never comes from a CDN and cross-origin isolation holds.
 */
export function ortAssets(): Plugin {
  const dist = ortDist();
  return {
    name: 'derma-ort-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = ORT_FILES.find((f) => req.url?.split('?')[0] === `${ORT_BASE}${f}`);
        if (!file) return next();
        res.setHeader('Content-Type', contentType(file));
        res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
        res.end(readFileSync(join(dist, file)));
      });
    },
    generateBundle() {
      for (const file of ORT_FILES) {
        this.emitFile({ type: 'asset', fileName: `ort/${file}`, source: readFileSync(join(dist, file)) });
      }
    },
  };
}
