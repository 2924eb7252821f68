import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { UploadSizes } from './bytes/upload-sizes';
import { uploadSizes } from './bytes/upload-sizes';
import type { Traffic } from './bytes/page-traffic';
import { visit } from './bytes/page-traffic';
import { startBenchApi } from './lib/api-server';
import type { BenchOptions, Table } from './lib/reporter';
import { loadModelSet, modelFiles } from './lib/model-sets';
import { yolov8ModelSet } from '@derma/models/yolov8';
import { report } from './lib/reporter';
import { REPO_ROOT, benchImage } from './lib/test-image';
import { CHROMIUM } from './pipeline/browser-runner';

const WEB_DIST = join(REPO_ROOT, 'packages', 'web', 'dist');
const GOAL_BYTES = 16 * 1024;
const FIRST_VISIT_GOAL = 15 * 1_048_576;
const FOUR_GRAPHS = 'four YOLOv8n @640 graphs (pose face, 3 seg)';
const kb = (n: number | undefined) => (n === undefined ? '–' : (n / 1024).toFixed(1));

/** The files of a build, without the .br/.gz siblings the build writes beside each one. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !/\.(?:br|gz)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Raw and brotli bytes of some files: what a compressing server or CDN would send. */
async function weigh(files: readonly Uint8Array[], quality: number): Promise<{ raw: number; brotli: number }> {
  let raw = 0;
  let brotli = 0;
  for (const bytes of files) {
    raw += bytes.length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }).length;
  }
  return { raw, brotli };
}

/** First and repeat visit of the real app, served by createApp with the web build and /models. */
async function visits(settleMs: number): Promise<{ first: Traffic; repeat: Traffic } | null> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) return null;
  const api = await startBenchApi({ staticDir: WEB_DIST, modelsDir: join(REPO_ROOT, 'models') });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  try {
    const context = await browser.newContext();
    const first = await visit(context, `${api.url}/`, settleMs);
    const repeat = await visit(context, `${api.url}/`, settleMs);
    return { first, repeat };
  } finally {
    await browser.close();
    await api.close();
  }
}

/**
 * The first visit with four YOLOv8n @640 graphs in each precision instead of the baselines: the
 * measured visit less its model bytes, plus the set's files raw (what a client that accepts no
 * encoding gets) and brotli 9 (what /models sends a browser for these files, all above 2 MB: see
 * ModelCompression; it uses 11 on smaller ones); goal ≤ 15 MB for int8 (issue 16).
 */
function firstVisitRows(traffic: { first: Traffic } | null, models: Record<string, { raw: number; brotli: number }>): string[][] {
  if (!traffic) return [];
  const base = Object.entries(traffic.first).reduce((sum, [kind, n]) => (kind === 'models' ? sum : sum + n), 0);
  const mbOf = (n: number): string => (n / 1_048_576).toFixed(1);
  return (['', ' fp16', ' int8'] as const).flatMap((suffix) => {
    const w = models[`${FOUR_GRAPHS}${suffix}`];
    if (!w) return [];
    const goal = suffix === ' int8' ? (base + w.brotli <= FIRST_VISIT_GOAL ? 'yes' : 'no') : '–';
    return [[`four YOLOv8n @640 graphs${suffix || ' fp32'}`, mbOf(base + w.raw), mbOf(base + w.brotli), goal]];
  });
}

function tables(traffic: { first: Traffic; repeat: Traffic } | null, dist: { raw: number; brotli: number }, models: Record<string, { raw: number; brotli: number }>, up: UploadSizes, quality: number): Table[] {
  const kinds = traffic ? [...new Set([...Object.keys(traffic.first), ...Object.keys(traffic.repeat)])].sort() : [];
  const sum = (t: Traffic) => Object.values(t).reduce((a, b) => a + b, 0);
  const visitRows = traffic ? [...kinds.map((k) => [k, kb(traffic.first[k] ?? 0), kb(traffic.repeat[k] ?? 0)]), ['**total**', kb(sum(traffic.first)), kb(sum(traffic.repeat))]] : [['packages/web/dist missing: build the web app', '–', '–']];
  return [
    { title: 'Visits to the real app (createApp + packages/web/dist), KB transferred as served', columns: ['kind', 'first visit', 'repeat visit'], rows: visitRows },
    {
      title: `Static weight, KB (raw / brotli q${quality}: the web build and /models send brotli to browsers that accept it)`,
      columns: ['what', 'raw', 'brotli'],
      rows: [['packages/web/dist (all files, not their .br/.gz copies)', kb(dist.raw), kb(dist.brotli)], ...Object.entries(models).map(([name, w]) => [`models: ${name}`, kb(w.raw), kb(w.brotli)])],
    },
    {
      title: 'First visit with four YOLOv8n-class models instead of the baselines, MB (app and runtime as measured above)',
      columns: ['models', 'first visit, models raw (no encoding accepted)', 'first visit, models brotli (as /models sends them)', 'goal ≤ 15 MB (int8, brotli)'],
      rows: firstVisitRows(traffic, models),
    },
    {
      title: `Upload per diagnosis, KB (goal: edge ≤ ${GOAL_BYTES / 1024} KB)`,
      columns: ['path', 'bytes', 'vs edge', 'goal met'],
      rows: [
        [`edge: diagnosis.submit JSON (${up.lesions} lesions)`, kb(up.edgeJson), '1', up.edgeJson <= GOAL_BYTES ? 'yes' : 'no'],
        ['edge, gzip-encoded body', kb(up.edgeJsonGzip), (up.edgeJsonGzip / up.edgeJson).toFixed(2), up.edgeJsonGzip <= GOAL_BYTES ? 'yes' : 'no'],
        ['server fallback: 1024² JPEG q85', kb(up.serverJpeg), (up.serverJpeg / up.edgeJson).toFixed(1), '–'],
        ['original design: 1024² JPEG q95 up + 3 overlays q95 down', kb(up.originalPhoto + up.originalOverlays), ((up.originalPhoto + up.originalOverlays) / up.edgeJson).toFixed(1), '–'],
      ],
    },
  ];
}

/** Bytes over the wire: app visits, model weight and per-diagnosis uploads on each path. */
export async function bytes(options: BenchOptions): Promise<void> {
  const traffic = await visits(options.smoke ? 500 : 3000);
  // Brotli 9 is within a few per cent of 11 and compresses the 27 MB wasm in seconds, not
  // minutes; the smoke run only checks the path.
  const quality = options.smoke ? 1 : 9;
  const dist = existsSync(WEB_DIST) ? await weigh(await Promise.all((await filesUnder(WEB_DIST)).map((f) => readFile(f))), quality) : { raw: 0, brotli: 0 };
  const models: Record<string, { raw: number; brotli: number }> = {};
  for (const name of options.smoke ? (['baseline'] as const) : (['baseline', 'yolov8n-320', 'yolov8n-640'] as const)) {
    const set = await loadModelSet(name);
    models[`${name} (4 files)`] = await weigh(await modelFiles(set), quality);
    for (const kind of ['fp16', 'int8'] as const) models[`${name} ${kind} (4 files)`] = await weigh(await modelFiles(set, kind), quality);
  }
  if (!options.smoke) {
    // The first-visit goal counts four YOLOv8n-class graphs: the generated pose face model too, not YuNet.
    const four = { name: 'yolov8n-640' as const, ...(await yolov8ModelSet(640)) };
    for (const kind of [undefined, 'fp16', 'int8'] as const) models[`${FOUR_GRAPHS}${kind ? ` ${kind}` : ''}`] = await weigh(await modelFiles(four, kind), quality);
  }
  const up = await uploadSizes((await benchImage()).image);
  await report('bytes', options.smoke, { traffic, dist, models, upload: up }, tables(traffic, dist, models, up, quality));
}
