import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST_PATH } from '../../inference/manifest-file';
import { InferencePool } from '../../inference/pool/inference-pool';
import { createApp } from '../../server/app';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { createTestDeps } from '../../testing/test-deps';
import { startTestServer, type TestServer } from '../../testing/test-server';

const ASTRONAUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/fixtures/astronaut.png');

/**
 * Posts every file given, all at once, as guest uploads, and prints each outcome as JSON. It runs
 * in its own process: a client sharing the server's event loop reads the answer before any reset
 * can reach it, and so never shows one.
 */
const BURST_CLIENT = `
const [url, ...files] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const blobs = new Map(files.map((f) => [f, new Blob([readFileSync(f)])]));
const outcomes = await Promise.all(files.map(async (file, i) => {
  const form = new FormData();
  form.set('image', blobs.get(file), 'photo');
  form.set('clientId', crypto.randomUUID());
  try {
    const res = await fetch(url + '/trpc/diagnosis.analyze', { method: 'POST', body: form });
    return { status: res.status, reason: (await res.json()).error?.data?.reason ?? null };
  } catch (error) {
    return { error: String(error.cause ?? error) };
  }
}));
console.log(JSON.stringify(outcomes));
`;

interface Outcome {
  status?: number;
  reason?: string | null;
  error?: string;
}

let database: TestDatabase;
let pool: InferencePool;
let server: TestServer;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new InferencePool({ manifestPath: DEFAULT_MANIFEST_PATH, size: 1, threads: 1, maxQueue: 2, timeoutMs: 60_000, limits: { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 } });
  const deps = createTestDeps(database.db, { inference: pool, config: { analyzeRateLimit: { guestPerMinute: 1_000, userPerMinute: 1_000 } } });
  server = await startTestServer(createApp(deps));
  dir = await mkdtemp(join(tmpdir(), 'derma-burst-'));
}, 60_000);
afterAll(async () => {
  await server.close();
  await pool.close();
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

/** A 6000×6000 RGB PNG of 16-bit noise, stored uncompressed: about 216 MB, far over MAX_IMAGE_SIZE. */
async function hugeNoisyPng(): Promise<string> {
  const [width, height] = [6000, 6000];
  const file = join(dir, 'huge.png');
  const png = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .toColourspace('rgb16')
    .png({ compressionLevel: 0 })
    .toBuffer();
  await writeFile(file, png);
  return file;
}

async function truncatedJpeg(): Promise<string> {
  const jpeg = await sharp(await readFile(ASTRONAUT)).jpeg().toBuffer();
  const file = join(dir, 'truncated.jpg');
  await writeFile(file, jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  return file;
}

describe('diagnosis.analyze under a burst of refused uploads', () => {
  it('answers every upload with an HTTP status, never a reset, and analyses a good photo afterwards', async () => {
    const [huge, truncated] = [await hugeNoisyPng(), await truncatedJpeg()];
    const files = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? huge : truncated));
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', BURST_CLIENT, server.url, ...files], { maxBuffer: 1 << 20 });
    const outcomes = JSON.parse(stdout) as Outcome[];
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    expect(outcomes.filter((_, i) => i % 2 === 0).map((o) => [o.status, o.reason])).toEqual(Array(6).fill([413, 'TOO_LARGE']));
    expect(outcomes.filter((_, i) => i % 2 === 1).every((o) => (o.status === 400 && o.reason === 'UNREADABLE') || o.status === 429)).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const form = new FormData();
    form.set('image', new Blob([await readFile(ASTRONAUT)]), 'astronaut.png');
    form.set('clientId', crypto.randomUUID());
    const good = await fetch(`${server.url}/trpc/diagnosis.analyze`, { method: 'POST', body: form });
    expect(good.status).toBe(200);
  }, 240_000);
});
