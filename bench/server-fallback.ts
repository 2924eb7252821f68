import sharp from 'sharp';
import type { AnalyzeOutput } from '@derma/shared';
import { DEFAULT_MANIFEST_PATH, InferencePool } from '@derma/api/inference';
import { seedDataset } from './api-load/seed';
import { startBenchApi } from './lib/api-server';
import type { BenchOptions } from './lib/reporter';
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

/**
 * The server path end to end over HTTP (multipart upload, intake and decode, worker pool,
 * pipeline on onnxruntime-node, storage in MariaDB): its cost over the raw session.run time
 * one request at a time, and analyses per second with both cores busy.
 */
export async function serverFallback(options: BenchOptions): Promise<void> {
  const [warmup, sequential, concurrentMs] = options.smoke ? [1, 3, 2_000] : [3, 20, 20_000];
  const pool = new InferencePool({ manifestPath: DEFAULT_MANIFEST_PATH, threads: 1, limits: { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 }, size: 2, maxQueue: 16, timeoutMs: 60_000 });
  const api = await startBenchApi({ inference: pool });
  const jpeg = await uploadJpeg();
  let samples: Sample[] = [];
  let throughput: number;
  try {
    const [user] = await seedDataset(api.db.db, 1, 0);
    const token = user?.token ?? '';
    for (let i = 0; i < warmup + sequential; i++) samples.push(await analyze(api.url, token, jpeg));
    samples = samples.slice(warmup);
    // Four clients keep both single-threaded workers busy with one job queued each.
    let done = 0;
    const deadline = performance.now() + concurrentMs;
    const started = performance.now();
    await Promise.all([0, 1, 2, 3].map(async () => {
      while (performance.now() < deadline) {
        await analyze(api.url, token, jpeg);
        done++;
      }
    }));
    throughput = done / ((performance.now() - started) / 1000);
  } finally {
    await api.close();
    await pool.close();
  }
  const request = summarise(samples.map((s) => s.requestMs));
  const session = summarise(samples.map((s) => s.sessionMs));
  const pipeline = summarise(samples.map((s) => s.pipelineMs));
  const overhead = summarise(samples.map((s) => s.requestMs / s.sessionMs - 1));
  const outside = summarise(samples.map((s) => (s.requestMs - s.pipelineMs) / s.sessionMs));
  const jsStages = summarise(samples.map((s) => (s.pipelineMs - s.sessionMs) / s.sessionMs));
  const ideal = 2000 / session.median;
  await report('server-fallback', options.smoke, { jpegBytes: jpeg.length, samples, throughput, ideal }, [
    {
      title: `Server fallback, baseline models, 2 workers × 1 thread, ${fmt(jpeg.length / 1024)} KB JPEG upload; ms median (p10–p90) of ${sequential} sequential requests (goal: overhead ≤ ${GOAL_OVERHEAD * 100}%)`,
      columns: ['measure', 'value'],
      rows: [
        ['raw session.run, 4 models', fmtSpread(session)],
        ['pipeline in the worker', fmtSpread(pipeline)],
        ['whole request (HTTP, intake + decode, pool, pipeline, storage)', fmtSpread(request)],
        ['overhead over raw session.run', `${fmt(overhead.median * 100)}% (${fmt(overhead.p10 * 100)}–${fmt(overhead.p90 * 100)}%) ${overhead.median <= GOAL_OVERHEAD ? 'met' : 'missed'}`],
        ['… of which pipeline JS (preprocess, NMS, masks, RLE)', `${fmt(jsStages.median * 100)}%`],
        ['… of which decode + pool + storage + HTTP', `${fmt(outside.median * 100)}%`],
        ['analyses/s, 4 concurrent clients', fmt(throughput)],
        ['analyses/s if only session.run counted (2 cores)', fmt(ideal)],
      ],
    },
  ]);
}
