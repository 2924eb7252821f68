import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BenchOptions, Table } from './lib/reporter';
import type { ModelSetName } from './lib/model-sets';
import { loadModelSet } from './lib/model-sets';
import { report } from './lib/reporter';
import type { Summary } from './lib/stats';
import { fmt, fmtSpread, summarise } from './lib/stats';
import { benchImage } from './lib/test-image';
import type { BrowserJob } from './pipeline/browser-entry';
import { runInChromium } from './pipeline/browser-runner';
import { startBenchServer } from './pipeline/browser-server';
import type { RunnerOutput } from './pipeline/measure-pipeline';
import type { NodeChildJob } from './pipeline/node-child';

const run = promisify(execFile);
const CHILD = new URL('./pipeline/node-child.ts', import.meta.url).pathname;

interface Config {
  label: string;
  where: 'node' | 'chromium';
  job: Omit<NodeChildJob, 'set' | 'warmup' | 'runs'> | Omit<BrowserJob, 'warmup' | 'runs'>;
  /** WebGPU on SwiftShader takes about a minute per diagnosis: one functional run on `sets` only. */
  functionalOnly?: readonly ModelSetName[];
}

const CONFIGS: Config[] = [
  { label: 'onnxruntime-node ×2 (native, reference)', where: 'node', job: { runtime: 'native', threads: 2 } },
  { label: 'onnxruntime-web WASM in Node ×1', where: 'node', job: { runtime: 'wasm', threads: 1 } },
  { label: 'onnxruntime-web WASM in Node ×2', where: 'node', job: { runtime: 'wasm', threads: 2 } },
  { label: 'Chromium WASM ×1', where: 'chromium', job: { executionProvider: 'wasm', threads: 1 } },
  { label: 'Chromium WASM ×2 (isolated)', where: 'chromium', job: { executionProvider: 'wasm', threads: 2 } },
  { label: 'Chromium WASM ×1, plain build', where: 'chromium', job: { executionProvider: 'wasm', build: 'plain', threads: 1 } },
  { label: 'Chromium WASM ×2, plain build', where: 'chromium', job: { executionProvider: 'wasm', build: 'plain', threads: 2 } },
  { label: 'Chromium WebGPU (SwiftShader: functional only)', where: 'chromium', job: { executionProvider: 'webgpu', threads: 1 }, functionalOnly: ['baseline'] },
];

async function inNode(set: ModelSetName, job: Config['job'], warmup: number, runs: number): Promise<RunnerOutput> {
  const full = { ...(job as NodeChildJob), set, warmup, runs };
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(full)], { maxBuffer: 1 << 24, timeout: 900_000 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as RunnerOutput;
}

interface Row {
  set: ModelSetName;
  config: string;
  output: RunnerOutput;
  total: Summary;
  stages: Record<'face' | 'preprocess' | 'inference' | 'postprocess', Summary>;
}

function toRow(set: ModelSetName, config: string, output: RunnerOutput): Row {
  const pick = (k: keyof RunnerOutput['samples'][number]) => summarise(output.samples.map((s) => s[k]));
  return { set, config, output, total: pick('total'), stages: { face: pick('face'), preprocess: pick('preprocess'), inference: pick('inference'), postprocess: pick('postprocess') } };
}

function table(set: ModelSetName, rows: Row[], source: string): Table {
  const native = rows.find((r) => r.output.backend.startsWith('onnxruntime-node'));
  const ratio = (r: Row) => (native ? fmt(r.total.median / native.total.median) : '–');
  const inferRatio = (r: Row) => (native ? fmt((r.stages.inference.median + r.stages.face.median) / (native.stages.inference.median + native.stages.face.median)) : '–');
  return {
    title: `Pipeline latency, ${set} (face + 3 seg models, ${source}), ms median (p10–p90)`,
    columns: ['runtime', 'runs', 'total', '× native', 'face+inference × native', 'face stage', 'seg preprocess', 'seg inference', 'seg postprocess', 'peak MiB', 'lesions a/t/w'],
    rows: rows.map((r) =>
      r.output.error
        ? [r.config, '0', `error: ${r.output.error.slice(0, 80)}`, '–', '–', '–', '–', '–', '–', '–', '–']
        : [r.config, String(r.total.n), fmtSpread(r.total), ratio(r), inferRatio(r), fmt(r.stages.face.median), fmt(r.stages.preprocess.median), fmt(r.stages.inference.median), fmt(r.stages.postprocess.median), fmt(r.output.peakMiB), r.output.lesions.join('/')],
    ),
  };
}

/**
 * Full diagnoses on every runtime, one configuration per process or browser, side by side in
 * one run: the ratio to onnxruntime-node is the figure that carries across machines.
 */
export async function pipelineLatency(options: BenchOptions): Promise<void> {
  const sets: ModelSetName[] = options.smoke ? ['baseline'] : ['yolov8n-640', 'yolov8n-320', 'baseline'];
  const [warmup, runs] = options.smoke ? [0, 1] : [2, 9];
  const image = await benchImage();
  const server = await startBenchServer(image);
  const rows: Row[] = [];
  try {
    for (const setName of sets) {
      const set = await loadModelSet(setName);
      server.setModels(set);
      for (const config of CONFIGS) {
        if (config.functionalOnly && (options.smoke || !config.functionalOnly.includes(setName))) continue;
        const [w, n] = config.functionalOnly ? [0, 1] : [warmup, runs];
        process.stderr.write(`  ${setName}: ${config.label}…\n`);
        const output = config.where === 'node' ? await inNode(setName, config.job, w, n) : await runInChromium(server.url, { ...(config.job as BrowserJob), warmup: w, runs: n }, 600_000);
        rows.push(toRow(setName, config.label, output));
      }
    }
  } finally {
    await server.close();
  }
  const tables = sets.map((s) => table(s, rows.filter((r) => r.set === s), image.source));
  await report('pipeline-latency', options.smoke, { image: image.source, warmup, runs, rows }, tables);
}
