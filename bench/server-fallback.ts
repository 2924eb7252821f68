import sharp from 'sharp';
import type { AnalyzeOutput } from '@derma/shared';
import { InferencePool } from '@derma/api/inference';
import { seedDataset } from './api-load/seed';
import { startBenchApi } from './lib/api-server';
import { manifestPathOf, type ModelSetName } from './lib/model-sets';
import type { BenchOptions, Table } from './lib/reporter';
import { report } from './lib/reporter';
import { fmt, fmtSpread, summarise } from './lib/stats';
import { benchImage } from './lib/test-image';

const GOAL_OVERHEAD = 0.15;

interface Sample {
  /** Client-side wall time of the whole `diagnosis.analyze` request. */
  requestMs: number;
  /** Sum of the models' session.run in the worker (the raw inference). */
  sessionMs: number;
  /** The pipeline in the worker: preprocessing, inference and postprocessing. */
  pipelineMs: number;
}

interface SetFigures {
  set: ModelSetName;
  samples: Sample[];
  throughput: number;
}

async function analyze(url: string, token: string, jpeg: Uint8Array): Promise<Sample> {
  const form = new FormData();
  form.set('clientId', crypto.randomUUID());
  form.set('image', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
  const started = performance.now();
  const response = await fetch(`${url}/trpc/diagnosis.analyze`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await response.json()) as { result?: { data: AnalyzeOutput }; error?: unknown };
  const requestMs = performance.now() - started;
  if (!body.result) throw new Error(`diagnosis.analyze failed: ${JSON.stringify(body.error).slice(0, 300)}`);
  const { timings } = body.result.data.result;
  return { requestMs, sessionMs: Object.values(timings.perModel).reduce((a, b) => a + b, 0), pipelineMs: timings.total };
}

/** The photo the app would upload: the test image as a 1024² JPEG q85. */
async function uploadJpeg(): Promise<Uint8Array> {
  const { image } = await benchImage();
  const raw = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return new Uint8Array(await sharp(raw, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().resize(1024, 1024).jpeg({ quality: 85 }).toBuffer());
}

/** Sequential requests (after warm-up), then four clients keeping both workers busy. */
async function measureSet(set: ModelSetName, jpeg: Uint8Array, counts: { warmup: number; sequential: number; concurrentMs: number }): Promise<SetFigures> {
  const manifestPath = await manifestPathOf(set);
  const pool = new InferencePool({ manifestPath, threads: 1, limits: { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 }, size: 2, maxQueue: 16, timeoutMs: 120_000 });
  const api = await startBenchApi({ inference: pool });
  try {
    const [user] = await seedDataset(api.db.db, 1, 0);
    const token = user?.token ?? '';
    const samples: Sample[] = [];
    for (let i = 0; i < counts.warmup + counts.sequential; i++) samples.push(await analyze(api.url, token, jpeg));
    let done = 0;
    const deadline = performance.now() + counts.concurrentMs;
    const started = performance.now();
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        while (performance.now() < deadline) {
          await analyze(api.url, token, jpeg);
          done++;
        }
      }),
    );
    return { set, samples: samples.slice(counts.warmup), throughput: done / ((performance.now() - started) / 1000) };
  } finally {
    await api.close();
    await pool.close();
  }
}

const pct = (s: { median: number; p10: number; p90: number }): string => `${fmt(s.median * 100)}% (${fmt(s.p10 * 100)}–${fmt(s.p90 * 100)}%)`;

/** One column per model set: the request split into its stages, and throughput. */
function table(figures: SetFigures[], jpegBytes: number, sequential: number): Table {
  const cols = figures.map(({ samples, throughput }) => {
    const request = summarise(samples.map((s) => s.requestMs));
    const session = summarise(samples.map((s) => s.sessionMs));
    const pipeline = summarise(samples.map((s) => s.pipelineMs));
    const outside = summarise(samples.map((s) => (s.requestMs - s.pipelineMs) / s.sessionMs));
    const jsStages = summarise(samples.map((s) => (s.pipelineMs - s.sessionMs) / s.sessionMs));
    const whole = summarise(samples.map((s) => s.requestMs / s.sessionMs - 1));
    return [
      fmtSpread(session),
      fmtSpread(pipeline),
      fmtSpread(request),
      `${pct(outside)} ${outside.median <= GOAL_OVERHEAD ? '**met**' : 'missed'}`,
      pct(jsStages),
      pct(whole),
      fmt(throughput),
      fmt(2000 / session.median),
    ];
  });
  const measures = [
    'raw session.run, 4 models, ms',
    'pipeline in the worker, ms',
    'whole request (HTTP, intake + decode, pool, pipeline, storage), ms',
    `**overhead: decode + pool + storage + HTTP over session.run** (goal ≤ ${GOAL_OVERHEAD * 100}%)`,
    'pipeline JS (preprocess, NMS, masks, RLE) over session.run',
    'whole request over session.run',
    'analyses/s, 4 concurrent clients',
    'analyses/s if only session.run counted (2 cores)',
  ];
  return {
    title: `Server fallback, 2 workers × 1 thread, ${fmt(jpegBytes / 1024)} KB JPEG upload; median (p10–p90) of ${sequential} sequential requests`,
    columns: ['measure', ...figures.map((f) => f.set)],
    rows: measures.map((m, i) => [m, ...cols.map((c) => c[i] ?? '')]),
  };
}

/**
 * The server path end to end over HTTP (multipart upload, intake and decode, worker pool,
 * pipeline on onnxruntime-node, storage in MariaDB) on the baseline models and on the
 * architecture-equivalent YOLOv8n graphs: its cost over the raw session.run time one request
 * at a time, and analyses per second with both cores busy.
 */
export async function serverFallback(options: BenchOptions): Promise<void> {
  const counts = options.smoke ? { warmup: 1, sequential: 3, concurrentMs: 2_000 } : { warmup: 3, sequential: 20, concurrentMs: 20_000 };
  const sets: ModelSetName[] = options.smoke ? ['baseline'] : ['baseline', 'yolov8n-320', 'yolov8n-640'];
  const jpeg = await uploadJpeg();
  const figures: SetFigures[] = [];
  for (const set of sets) figures.push(await measureSet(set, jpeg, counts));
  await report('server-fallback', options.smoke, { jpegBytes: jpeg.length, figures }, [table(figures, jpeg.length, counts.sequential)]);
}
