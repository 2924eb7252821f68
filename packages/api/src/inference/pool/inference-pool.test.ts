import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PipelineError, loadPipeline } from '@derma/shared';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../decode-image';
import { ImageRejectedError } from '../image-intake';
import { DEFAULT_MANIFEST_PATH, readManifestFile } from '../manifest-file';
import { createWasmRuntime } from '../wasm-runtime';
import { InferencePool } from './inference-pool';
import { PoolBusyError, PoolTimeoutError, PoolUnavailableError, WorkerCrashedError } from './pool-errors';

const here = dirname(fileURLToPath(import.meta.url));
const ASTRONAUT = resolve(here, '../../../../../../shared/fixtures/astronaut.png');
const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };
const base = { manifestPath: DEFAULT_MANIFEST_PATH, threads: 1, limits };

const blank = (width: number): Promise<Buffer> => sharp({ create: { width, height: width, channels: 3, background: '#c89b84' } }).png().toBuffer();

describe('InferencePool', () => {
  let astronaut: Uint8Array;
  let pool: InferencePool;

  beforeAll(async () => {
    astronaut = new Uint8Array(await readFile(ASTRONAUT));
    pool = new InferencePool({ ...base, size: 2, maxQueue: 8, timeoutMs: 60_000 });
  });
  afterAll(() => pool.close());

  it('gives the scores of the on-device pipeline (onnxruntime-web) for the same photo', async () => {
    const { result, timings } = await pool.analyze(astronaut);
    const { manifest, readFile: read } = await readManifestFile();
    const device = await loadPipeline({ manifest, readFile: read, runtime: createWasmRuntime({ threads: 1 }) });
    const local = await device.run(await decodeImage(astronaut));
    expect(result.backend).toMatchObject({ runtime: 'onnxruntime-node', location: 'server' });
    expect(result.totalScore).toBe(local.totalScore);
    for (const id of ['acne', 'atopy', 'wrinkle'] as const) expect(result.findings[id].score).toBe(local.findings[id].score);
    expect(timings.decodeMs).toBeGreaterThan(0);
    await device.dispose();
  });

  it('answers a photo with no skin in it with the typed NO_FACE error', async () => {
    const sky = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#3a6ea5' } }).png().toBuffer();
    const error = await pool.analyze(sky).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).code).toBe('NO_FACE');
  });

  it('refuses a corrupt upload with the image reason from the worker', async () => {
    const png = await blank(64);
    const error = await pool.analyze(png.subarray(0, png.length - 40)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageRejectedError);
    expect((error as ImageRejectedError).reason).toBe('UNREADABLE');
  });

  it('answers 50 concurrent analyses with results or TOO_MANY_REQUESTS, none hanging', async () => {
    const settled = await Promise.allSettled(Array.from({ length: 50 }, () => pool.analyze(astronaut)));
    const done = settled.filter((s) => s.status === 'fulfilled').length;
    const busy = settled.filter((s) => s.status === 'rejected' && s.reason instanceof PoolBusyError);
    expect(done + busy.length).toBe(50);
    expect(done).toBeGreaterThanOrEqual(10); // 2 running + 8 queued at least
    expect(busy.length).toBeGreaterThan(0);
    expect((busy[0] as PromiseRejectedResult).reason.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(pool.stats()).toMatchObject({ ready: 2, busy: 0, queued: 0 });
  }, 180_000);
});

describe('InferencePool failure handling', () => {
  const workerUrl = new URL('./misbehaving-worker.testing.ts', import.meta.url);

  it('fails the request of a crashed worker cleanly and replaces the worker', async () => {
    const pool = new InferencePool({ ...base, size: 1, maxQueue: 4, timeoutMs: 60_000, workerUrl });
    const crash = await pool.analyze(await blank(7)).catch((e: unknown) => e);
    expect(crash).toBeInstanceOf(WorkerCrashedError);
    const { result } = await pool.analyze(await blank(160), { skipFace: true });
    expect(result.findings.acne.score).toBeGreaterThanOrEqual(0);
    await pool.close();
  }, 120_000);

  it('times out a stuck analysis, then serves the next one on a fresh worker', async () => {
    const pool = new InferencePool({ ...base, size: 1, maxQueue: 4, timeoutMs: 4_000, workerUrl });
    const stuck = await pool.analyze(await blank(9)).catch((e: unknown) => e);
    expect(stuck).toBeInstanceOf(PoolTimeoutError);
    const { result } = await pool.analyze(await blank(160), { skipFace: true });
    expect(result.backend.location).toBe('server');
    await pool.close();
  }, 120_000);

  it('reports itself unavailable when the models cannot be loaded', async () => {
    const pool = new InferencePool({ ...base, manifestPath: join(here, 'no-such-manifest.json'), size: 1, maxQueue: 4, timeoutMs: 10_000 });
    for (let i = 0; i < 100 && !pool.stats().unavailable; i++) await new Promise((r) => setTimeout(r, 100));
    await expect(pool.analyze(await blank(64))).rejects.toBeInstanceOf(PoolUnavailableError);
    expect(pool.stats().unavailable).toMatch(/cannot be loaded/);
    await pool.close();
  }, 60_000);
});
