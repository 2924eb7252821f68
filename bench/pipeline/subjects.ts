import { pathToFileURL } from 'node:url';
import type { OnnxRuntime } from '@derma/shared';
import * as shared from '@derma/shared';
import type { OptimizedSet } from '@derma/api/optimize';
import { optimizedSet } from '@derma/api/optimize';
import type { ModelSetName } from '../lib/model-sets';
import { loadModelSet } from '../lib/model-sets';
import { beforeSnapshot } from './before-snapshot';
import type { PipelineModule } from './measure-pipeline';

/** What the latency benchmark measures: a pipeline's code, its models and the face variant. */
export type SubjectName = ModelSetName | 'yolov8n-640-int8-static' | 'baseline-yunet-320' | 'baseline-before' | 'baseline-before-skin-now';

/** Which pipeline code runs: packages/shared now, or its copy at BEFORE_COMMIT. */
export type PipelineCode = 'current' | 'before';

/** Face model variant per role, as `loadPipeline`'s `variants` option takes it. */
export type Variants = Partial<Record<'face', string>>;

interface Subject {
  title: string;
  code: PipelineCode;
  variants?: Variants;
}

/** How each subject is described in the tables. */
export const SUBJECTS: Record<SubjectName, Subject> = {
  'yolov8n-640': { title: 'YOLOv8n@640 seg graphs with the YuNet-n 640 face', code: 'current' },
  'yolov8n-320': { title: 'YOLOv8n@320 seg graphs with the YuNet-n 640 face', code: 'current' },
  'yolov8n-640-int8-static': { title: 'YOLOv8n@640 seg graphs as int8 static variants (calibrated on six synthetic faces), YuNet-n 640 face', code: 'current' },
  baseline: { title: 'shipped models now: YuNet-n 640 face + baseline skin models', code: 'current' },
  'baseline-yunet-320': { title: 'shipped models, face variant yunet-n-320', code: 'current', variants: { face: 'yunet-n-320' } },
  'baseline-before': { title: 'shipped models before (801aeb2): classical baseline face + the skin models of then', code: 'before' },
  'baseline-before-skin-now': { title: "the pipeline and face model before (801aeb2) with today's skin models: what the face change alone costs", code: 'before' },
};

let int8Static: Promise<OptimizedSet> | undefined;

/** The files a subject runs on, for a child process or the browser page. */
export interface SubjectModels {
  code: PipelineCode;
  variants?: Variants;
  /** The manifest as JSON: the snapshot's schema parses its own. */
  manifestJson: unknown;
  readFile: (file: string) => Promise<Uint8Array>;
}

/**
 * The manifest and model files of a subject: a model set of today, or the snapshot's.
 * @throws Error when the snapshot cannot be unpacked from git history
 */
export async function subjectModels(name: SubjectName): Promise<SubjectModels> {
  const { code, variants } = SUBJECTS[name];
  if (code === 'before') {
    const snapshot = await beforeSnapshot();
    if ('error' in snapshot) throw new Error(snapshot.error);
    if (name === 'baseline-before-skin-now') return beforeWithSkinNow(snapshot);
    return { code, manifestJson: snapshot.manifestJson, readFile: snapshot.readFile };
  }
  if (name === 'yolov8n-640-int8-static') {
    // Written (and calibrated) once per process, as `derma models optimize` writes them.
    int8Static ??= loadModelSet('yolov8n-640').then((set) => optimizedSet(set, 'int8-static'));
    const light = await int8Static;
    return { code, variants: light.variants, manifestJson: light.manifest, readFile: light.readFile };
  }
  const set = await loadModelSet(name === 'baseline-yunet-320' ? 'baseline' : (name as ModelSetName));
  return { code, ...(variants ? { variants } : {}), manifestJson: set.manifest, readFile: set.readFile };
}

/** Files of today's models, told apart from the snapshot's own under this prefix. */
const NOW = 'now/';

/**
 * The snapshot's manifest with its face model, and today's shipped skin models in place of its
 * own (their lighter variants left out: the snapshot's pipeline loads the plain file).
 */
async function beforeWithSkinNow(snapshot: Exclude<Awaited<ReturnType<typeof beforeSnapshot>>, { error: string }>): Promise<SubjectModels> {
  const today = await loadModelSet('baseline');
  const old = snapshot.manifestJson as { models: { role: string }[] };
  const skin = today.manifest.models.filter((m) => m.role !== 'face').map(({ variants: _variants, ...m }) => ({ ...m, file: NOW + m.file }));
  return {
    code: 'before',
    manifestJson: { ...old, models: [...old.models.filter((m) => m.role === 'face'), ...skin] },
    readFile: (file) => (file.startsWith(NOW) ? today.readFile(file.slice(NOW.length)) : snapshot.readFile(file)),
  };
}

/** The pipeline module of a subject's code: `@derma/shared`, or the snapshot's copy imported in place. */
export async function pipelineModule(code: PipelineCode): Promise<PipelineModule> {
  if (code === 'current') return shared;
  const snapshot = await beforeSnapshot();
  if ('error' in snapshot) throw new Error(snapshot.error);
  return (await import(pathToFileURL(snapshot.sharedEntry).href)) as PipelineModule;
}

/** Loads a subject's pipeline on `runtime` in this (Node) process. */
export async function loadSubjectPipeline(name: SubjectName, runtime: OnnxRuntime): Promise<ReturnType<PipelineModule['loadPipeline']>> {
  const models = await subjectModels(name);
  const module = await pipelineModule(models.code);
  const manifest = module.manifestSchema.parse(models.manifestJson);
  return module.loadPipeline({ manifest, runtime, readFile: models.readFile, ...(models.variants ? { variants: models.variants } : {}) });
}
