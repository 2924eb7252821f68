import type { OnnxRuntime, RgbaImage } from '@derma/shared';
// The bench server bundles this entry twice: as is, and with `@derma/shared` aliased to the
// snapshot before the face change (bench/pipeline/before-snapshot.ts).
import * as shared from '@derma/shared';
import * as ort from 'onnxruntime-web';
import type { PipelineModule, RunnerOutput } from './measure-pipeline';
import { measurePipeline } from './measure-pipeline';
import type { Variants } from './subjects';

/** What the benchmark page is asked to run; the browser runner passes it to `runBench`. */
export interface BrowserJob {
  executionProvider: 'wasm' | 'webgpu';
  /** onnxruntime-web's WASM build: `jsep` (WebGPU-capable) or `plain` (WASM only, what the app loads without WebGPU). */
  build?: 'jsep' | 'plain';
  threads: number;
  warmup: number;
  runs: number;
  variants?: Variants;
}

async function fetchBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The page's globals this entry reads (bench/ compiles without the DOM library). */
const page = globalThis as unknown as { location: { href: string }; crossOriginIsolated?: boolean };

/** The runtime as packages/web configures it: the job's WASM build from our own origin. */
function webRuntime(job: BrowserJob): OnnxRuntime {
  const here = page.location.href;
  const base = job.build === 'plain' ? 'ort-wasm-simd-threaded' : 'ort-wasm-simd-threaded.jsep';
  ort.env.wasm.wasmPaths = { mjs: new URL(`/ort/${base}.mjs`, here).href, wasm: new URL(`/ort/${base}.wasm`, here).href };
  ort.env.wasm.numThreads = job.threads;
  ort.env.logLevel = 'error';
  return {
    backend: { runtime: 'onnxruntime-web', executionProvider: job.executionProvider, threads: job.threads, location: 'device' },
    createSession: (model) => ort.InferenceSession.create(model, { executionProviders: [job.executionProvider], ...shared.SESSION_DEFAULTS }),
    createTensor: (data, dims) => new ort.Tensor('float32', data, dims),
  };
}

/** Loads the models the server offers and measures them; errors come back as data, not throws. */
async function runBench(job: BrowserJob): Promise<RunnerOutput> {
  try {
    if (job.threads > 1 && page.crossOriginIsolated !== true) throw new Error('the page is not cross-origin isolated: no WASM threads');
    const module: PipelineModule = shared;
    const manifest = module.manifestSchema.parse(JSON.parse(new TextDecoder().decode(await fetchBytes('/manifest.json'))));
    const info = (await (await fetch('/image-size')).json()) as { width: number; height: number; face: boolean };
    const image: RgbaImage = { width: info.width, height: info.height, data: await fetchBytes('/image.rgba') };
    const runtime = webRuntime(job);
    const readFile = (file: string) => fetchBytes(`/models/${file}`);
    const pipeline = await module.loadPipeline({ manifest, runtime, readFile, ...(job.variants ? { variants: job.variants } : {}) });
    const measured = await measurePipeline(pipeline, image, job.warmup, job.runs, !info.face);
    await pipeline.dispose();
    return { ...measured, peakMiB: Number.NaN };
  } catch (error) {
    return { backend: job.executionProvider, samples: [], lesions: [], peakMiB: Number.NaN, error: String(error) };
  }
}

(globalThis as { runBench?: typeof runBench }).runBench = runBench;
