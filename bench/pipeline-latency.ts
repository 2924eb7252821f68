import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BenchOptions } from './lib/reporter';
import { report } from './lib/reporter';
import { fmt } from './lib/stats';
import { benchImage } from './lib/test-image';
import type { BrowserJob } from './pipeline/browser-entry';
import { runInChromium } from './pipeline/browser-runner';
import { startBenchServer } from './pipeline/browser-server';
import { agreementTable, faceAgreement } from './pipeline/face-agreement';
import type { Row } from './pipeline/latency-tables';
import { DIAGNOSIS_GOAL, diagnosisTable, faceTable, subjectTable, toRow } from './pipeline/latency-tables';
import type { RunnerOutput } from './pipeline/measure-pipeline';
import type { NodeChildJob } from './pipeline/node-child';
import type { SubjectName } from './pipeline/subjects';
import { int8StaticTable } from './pipeline/precision-table';
import { SUBJECTS, subjectModels } from './pipeline/subjects';

const run = promisify(execFile);
const CHILD = new URL('./pipeline/node-child.ts', import.meta.url).pathname;

interface Config {
  label: string;
  where: 'node' | 'chromium';
  job: Omit<NodeChildJob, 'subject' | 'warmup' | 'runs'> | Omit<BrowserJob, 'warmup' | 'runs'>;
  /** WebGPU on SwiftShader takes about a minute per diagnosis: one functional run, shipped models only, never in a smoke run. */
  functionalOnly?: boolean;
  /** Also measured in a smoke run on the before and 320 subjects (each configuration runs in a smoke run on the shipped models). */
  smokeAll?: boolean;
}

const CONFIGS: Config[] = [
  { label: 'onnxruntime-node ×2 (native, reference)', where: 'node', job: { runtime: 'native', threads: 2 }, smokeAll: true },
  { label: 'onnxruntime-web WASM in Node ×1', where: 'node', job: { runtime: 'wasm', threads: 1 } },
  { label: 'onnxruntime-web WASM in Node ×2', where: 'node', job: { runtime: 'wasm', threads: 2 } },
  { label: 'Chromium WASM ×1', where: 'chromium', job: { executionProvider: 'wasm', threads: 1 } },
  { label: 'Chromium WASM ×2 (isolated)', where: 'chromium', job: { executionProvider: 'wasm', threads: 2 } },
  { label: 'Chromium WASM ×1, plain build', where: 'chromium', job: { executionProvider: 'wasm', build: 'plain', threads: 1 }, smokeAll: true },
  { label: 'Chromium WASM ×2, plain build', where: 'chromium', job: { executionProvider: 'wasm', build: 'plain', threads: 2 } },
  { label: 'Chromium WebGPU (SwiftShader: functional only)', where: 'chromium', job: { executionProvider: 'webgpu', threads: 1 }, functionalOnly: true },
];

/** The YOLOv8n-size sets, then the shipped models now, with the 320 face variant, and before the face change. */
const SUBJECT_ORDER: SubjectName[] = ['yolov8n-640', 'yolov8n-640-int8-static', 'yolov8n-320', 'baseline', 'baseline-yunet-320', 'baseline-before', 'baseline-before-skin-now'];

/**
 * `BENCH_LATENCY_CONFIGS=plain,native` keeps the configurations whose label contains one of the
 * words (case-insensitive); `BENCH_LATENCY_SUBJECTS=baseline,baseline-before` those subjects.
 * A focused run: the goal's rows in a few minutes, e.g. once the machine is quiet.
 */
/**
 * Diagnoses of a full run: `BENCH_LATENCY_RUNS` (9) in `BENCH_LATENCY_ROUNDS` (3) rounds, after
 * `BENCH_LATENCY_WARMUP` (2) per process or browser; a focused run can afford more of each.
 */
const FULL = {
  warmup: Number(process.env.BENCH_LATENCY_WARMUP ?? 2),
  runs: Number(process.env.BENCH_LATENCY_RUNS ?? 9),
  rounds: Number(process.env.BENCH_LATENCY_ROUNDS ?? 3),
};
const onlyConfigs = (process.env.BENCH_LATENCY_CONFIGS ?? '').toLowerCase().split(',').filter(Boolean);
const onlySubjects = (process.env.BENCH_LATENCY_SUBJECTS ?? '').split(',').filter(Boolean);

function wanted(subject: SubjectName, config: Config, smoke: boolean): boolean {
  if (onlyConfigs.length > 0 && !onlyConfigs.some((w) => config.label.toLowerCase().includes(w))) return false;
  if (config.functionalOnly) return !smoke && subject === 'baseline';
  // The smoke run keeps the like-for-like "before" to its Node row: a browser launch is its dearest part.
  if (smoke && subject === 'baseline-before-skin-now') return config.where === 'node';
  return !smoke || subject === 'baseline' || config.smokeAll === true;
}

async function inNode(subject: SubjectName, job: Config['job'], warmup: number, runs: number): Promise<RunnerOutput> {
  const full: NodeChildJob = { ...(job as Omit<NodeChildJob, 'subject' | 'warmup' | 'runs'>), subject, warmup, runs };
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(full)], { maxBuffer: 1 << 24, timeout: 900_000 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as RunnerOutput;
}

function failed(error: unknown): RunnerOutput {
  return { backend: 'none', samples: [], lesions: [], peakMiB: Number.NaN, error: (error as Error).message };
}

/** Runs of one configuration measured in several rounds, as one output: samples pooled, the largest peak. */
function merged(parts: readonly RunnerOutput[]): RunnerOutput {
  const failedPart = parts.find((p) => p.error);
  if (failedPart) return failedPart;
  const [first] = parts;
  if (!first) return failed(new Error('no runs'));
  return { ...first, samples: parts.flatMap((p) => p.samples), peakMiB: Math.max(...parts.map((p) => p.peakMiB)) };
}

/**
 * Every wanted configuration of every subject, one process or browser each, in `rounds` rounds
 * of `runs / rounds` diagnoses: subjects alternate in time, so a neighbour's load that comes and
 * goes during the run weighs on before and now alike instead of on whichever ran at that moment.
 */
async function measureAll(options: BenchOptions, subjects: SubjectName[], warmup: number, runs: number, rounds: number): Promise<Row[]> {
  const image = await benchImage();
  const server = await startBenchServer(image);
  const parts = new Map<string, RunnerOutput[]>();
  const key = (subject: SubjectName, config: Config) => `${subject}\u0000${config.label}`;
  try {
    for (let round = 0; round < rounds; round++) {
      for (const subject of subjects) {
        const models = await subjectModels(subject).catch((error: unknown) => error as Error);
        if (!(models instanceof Error)) server.setModels(models);
        for (const config of CONFIGS.filter((c) => wanted(subject, c, options.smoke))) {
          // The functional WebGPU check runs once, in the first round.
          if (config.functionalOnly && round > 0) continue;
          const [w, n] = config.functionalOnly ? [0, 1] : [warmup, Math.ceil(runs / rounds)];
          process.stderr.write(`  round ${round + 1}/${rounds} ${subject}: ${config.label}…\n`);
          let output: RunnerOutput;
          if (models instanceof Error) output = failed(models);
          else if (config.where === 'node') output = await inNode(subject, config.job, w, n).catch(failed);
          else output = await runInChromium(server.url, { ...(config.job as Omit<BrowserJob, 'warmup' | 'runs'>), ...(models.variants ? { variants: models.variants } : {}), warmup: w, runs: n }, 600_000);
          parts.set(key(subject, config), [...(parts.get(key(subject, config)) ?? []), output]);
        }
      }
    }
  } finally {
    await server.close();
  }
  return subjects.flatMap((subject) =>
    CONFIGS.filter((c) => parts.has(key(subject, c))).map((config) => toRow(subject, config.label, merged(parts.get(key(subject, config)) ?? []))),
  );
}

/**
 * Full diagnoses on every runtime, one configuration per process or browser, side by side in
 * one run: the ratio to onnxruntime-node is the figure that carries across machines. The shipped
 * models run now (YuNet-n 640 face, and its 320 variant) and as they were before the face change
 * (the classical baseline face model and the pipeline code of that commit), on the same photo.
 */
export async function pipelineLatency(options: BenchOptions): Promise<void> {
  const all = options.smoke ? SUBJECT_ORDER.filter((s) => !s.startsWith('yolov8n')) : SUBJECT_ORDER;
  const subjects = onlySubjects.length > 0 ? all.filter((s) => onlySubjects.includes(s)) : all;
  const [warmup, runs, rounds] = options.smoke ? [0, 1, 1] : [FULL.warmup, FULL.runs, FULL.rounds];
  const image = await benchImage();
  const rows = await measureAll(options, subjects, warmup, runs, rounds);
  const agreement = await faceAgreement();
  const tables = [
    ...subjects.map((s) => subjectTable(s, rows.filter((r) => r.subject === s), image.source)),
    faceTable(rows),
    diagnosisTable(rows),
    ...[int8StaticTable(rows)].filter((t) => t !== null),
    agreementTable(agreement),
  ];
  await report('pipeline-latency', options.smoke, { image: image.source, warmup, runs, rounds, rows, agreement }, tables);
  // On Chromium WASM the app loads the face detector's 320 variant (deviceVariants in packages/web).
  for (const r of rows.filter((row) => row.subject === 'baseline-yunet-320' && row.config.startsWith('Chromium WASM') && !row.output.error)) {
    for (const [subject, what] of [['baseline-before', 'before'], ['baseline-before-skin-now', "before with today's skin models"]] as const) {
      const before = rows.find((b) => b.subject === subject && b.config === r.config && !b.output.error);
      if (before) console.log(`${r.config}: whole diagnosis as the app runs it ${fmt(r.total.median)} ms now / ${fmt(before.total.median)} ms ${what} = ${fmt(r.total.median / before.total.median)}× (goal ≤ ${DIAGNOSIS_GOAL}×)`);
    }
  }
  const same = agreement.filter((a) => a.same).length;
  console.log(`yunet-n-320 finds the same faces as the 640 model on ${same} of ${agreement.length} photos${same === agreement.length ? '' : ': NOT the same faces, see the table'}`);
  // A refused photo or a broken runtime fails the run (the WebGPU check may lack an adapter, and a
  // shallow clone lacks the "before" commit: their rows say so).
  const noHistory = (r: Row): boolean => SUBJECTS[r.subject].code === 'before' && (r.output.error ?? '').startsWith('cannot unpack');
  const errors = rows.filter((r) => r.output.error && !r.config.includes('WebGPU') && !noHistory(r));
  if (errors.length > 0) throw new Error(`pipeline-latency: ${errors.length} configuration(s) failed, first: ${errors[0]?.subject} on ${errors[0]?.config}: ${errors[0]?.output.error ?? ''}`);
}
