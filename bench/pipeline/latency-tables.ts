import type { Table } from '../lib/reporter';
import type { Summary } from '../lib/stats';
import { fmt, fmtSpread, summarise } from '../lib/stats';
import type { RunnerOutput, RunSample } from './measure-pipeline';
import type { SubjectName } from './subjects';
import { SUBJECTS } from './subjects';

/** The requirement: a whole diagnosis on the shipped models within 1.3× of before, on Chromium WASM. */
export const DIAGNOSIS_GOAL = 1.3;

/** One subject on one runtime configuration, summarised. */
export interface Row {
  subject: SubjectName;
  config: string;
  output: RunnerOutput;
  total: Summary;
  stages: Record<Exclude<keyof RunSample, 'total' | 'byRole'>, Summary>;
  /** Each model's session.run, by role (face, acne, atopy, wrinkle). */
  byRole: Record<string, Summary>;
}

/** Summarises what one configuration measured. */
export function toRow(subject: SubjectName, config: string, output: RunnerOutput): Row {
  const pick = (k: Exclude<keyof RunSample, 'byRole'>) => summarise(output.samples.map((s) => s[k]));
  const stages = { face: pick('face'), faceModel: pick('faceModel'), preprocess: pick('preprocess'), inference: pick('inference'), postprocess: pick('postprocess') };
  const roles = [...new Set(output.samples.flatMap((s) => Object.keys(s.byRole ?? {})))];
  const byRole = Object.fromEntries(roles.map((role) => [role, summarise(output.samples.map((s) => s.byRole?.[role] ?? Number.NaN))]));
  return { subject, config, output, total: pick('total'), stages, byRole };
}

const perModel = (r: Row): string => ['acne', 'atopy', 'wrinkle'].map((role) => (r.byRole[role] ? fmt(r.byRole[role].median) : '–')).join(' / ');

const ratio = (a: number, b: number): string => (Number.isFinite(a / b) ? `${fmt(a / b)}×` : '–');

/** Every stage of one subject on every runtime, with the ratio to onnxruntime-node. */
export function subjectTable(subject: SubjectName, rows: readonly Row[], source: string): Table {
  const native = rows.find((r) => r.output.backend.startsWith('onnxruntime-node'));
  const modelWork = (r: Row) => r.stages.inference.median + r.stages.face.median;
  return {
    title: `Pipeline latency, ${subject}: ${SUBJECTS[subject].title} (${source}), ms median (p10–p90)`,
    columns: ['runtime', 'runs', 'total', '× native', 'face+inference × native', 'face stage', 'face model', 'seg preprocess', 'seg inference', 'acne / atopy / wrinkle model', 'seg postprocess', 'peak MiB', 'lesions a/t/w'],
    rows: rows.map((r) =>
      r.output.error
        ? [r.config, '0', `error: ${r.output.error.slice(0, 80)}`, '–', '–', '–', '–', '–', '–', '–', '–', '–', '–']
        : [r.config, String(r.total.n), fmtSpread(r.total), native ? fmt(r.total.median / native.total.median) : '–', native ? fmt(modelWork(r) / modelWork(native)) : '–', fmt(r.stages.face.median), fmt(r.stages.faceModel.median), fmt(r.stages.preprocess.median), fmt(r.stages.inference.median), perModel(r), fmt(r.stages.postprocess.median), fmt(r.output.peakMiB), r.output.lesions.join('/')],
    ),
  };
}

/** The configurations the before snapshot ran on, each with the before and current shipped rows. */
function pairs(rows: readonly Row[]): { config: string; before?: Row; beforeSkinNow?: Row; now?: Row; at320?: Row }[] {
  const configs = [...new Set(rows.filter((r) => r.subject === 'baseline-before' || r.subject === 'baseline-before-skin-now').map((r) => r.config))];
  const find = (s: SubjectName, c: string) => rows.find((r) => r.subject === s && r.config === c && !r.output.error);
  return configs.map((config) => ({
    config,
    before: find('baseline-before', config),
    beforeSkinNow: find('baseline-before-skin-now', config),
    now: find('baseline', config),
    at320: find('baseline-yunet-320', config),
  }));
}

/** The face stage before (classical face model) and now (YuNet-n 640 and its 320 variant) per runtime. */
export function faceTable(rows: readonly Row[]): Table {
  const cell = (r?: Row) => (r ? `${fmtSpread(r.stages.face)} (${fmt(r.stages.faceModel.median)})` : '–');
  const x = (r?: Row, b?: Row) => (r && b ? ratio(r.stages.face.median, b.stages.face.median) : '–');
  return {
    title: 'Face stage, before and now on the same photo, ms median (p10–p90) (face model session.run alone in brackets); the stage now includes the quality gate and the skin grid',
    columns: ['runtime', 'before: classical baseline face', 'now: YuNet-n 640', '640 × before', 'YuNet-n 320 variant', '320 × before'],
    rows: pairs(rows).map((p) => [p.config, cell(p.before), cell(p.now), x(p.now, p.before), cell(p.at320), x(p.at320, p.before)]),
  };
}

/** What the web app loads on a runtime: without WebGPU, the face detector's 320 variant (deviceVariants). */
export function asTheAppRuns(p: { config: string; now?: Row; at320?: Row }): Row | undefined {
  return p.config.startsWith('Chromium WASM') ? p.at320 : p.now;
}

/**
 * The whole diagnosis on the shipped models before and now, against the 1.3× goal on Chromium
 * WASM, judged twice: against the shipped models of then (801aeb2: its skin models were the
 * cheaper version 1 baselines that issue 13 replaced), and against the same pipeline and face
 * model of then running today's skin models, which isolates what the face change costs.
 */
export function diagnosisTable(rows: readonly Row[]): Table {
  const goal = (config: string, app?: Row, before?: Row) => {
    if (!config.startsWith('Chromium WASM') || !app || !before) return '–';
    return `${ratio(app.total.median, before.total.median)} ${app.total.median / before.total.median <= DIAGNOSIS_GOAL ? 'met' : '**missed**'}`;
  };
  return {
    title: `Whole diagnosis on the shipped models, before (801aeb2) and now, total ms median (p10–p90); goal: now, as the app runs it, ≤ ${DIAGNOSIS_GOAL}× before on Chromium WASM (the app loads the plain build and the 320 face variant without WebGPU)`,
    columns: ['runtime', 'before', "before, today's skin models", 'now (YuNet-n 640)', 'with YuNet-n 320', 'as the app runs it', `≤ ${DIAGNOSIS_GOAL}× before`, `≤ ${DIAGNOSIS_GOAL}× before, today's skin models`],
    rows: pairs(rows).map((p) => [
      p.config,
      p.before ? fmtSpread(p.before.total) : '–',
      p.beforeSkinNow ? fmtSpread(p.beforeSkinNow.total) : '–',
      p.now ? fmtSpread(p.now.total) : '–',
      p.at320 ? fmtSpread(p.at320.total) : '–',
      p.config.startsWith('Chromium WASM') ? 'YuNet-n 320' : 'YuNet-n 640',
      goal(p.config, asTheAppRuns(p), p.before),
      goal(p.config, asTheAppRuns(p), p.beforeSkinNow),
    ]),
  };
}
