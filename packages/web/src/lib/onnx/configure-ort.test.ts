import { describe, expect, it } from 'vitest';
import { configureOrt, wasmThreads } from './configure-ort';

describe('wasmThreads', () => {
  it('uses one thread when the page is not cross-origin isolated', () => {
    expect(wasmThreads(false, 16)).toBe(1);
  });

  it('uses every core up to four when isolated', () => {
    expect(wasmThreads(true, 2)).toBe(2);
    expect(wasmThreads(true, 16)).toBe(4);
  });

  it('falls back to one thread when the core count is unknown', () => {
    expect(wasmThreads(true, undefined)).toBe(1);
  });
});

describe('configureOrt', () => {
  it('loads the build the first call asks for and keeps it, as onnxruntime-web can load only one', async () => {
    const { env } = await import('onnxruntime-web');
    expect(configureOrt('https://app.example/', 'plain').build).toBe('plain');
    expect(env.wasm.wasmPaths).toEqual({ mjs: 'https://app.example/ort/ort-wasm-simd-threaded.mjs', wasm: 'https://app.example/ort/ort-wasm-simd-threaded.wasm' });
    expect(configureOrt('https://app.example/', 'jsep').build).toBe('plain');
  });
});
