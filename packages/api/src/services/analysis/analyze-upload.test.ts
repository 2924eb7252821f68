import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngDeclaring } from '../../inference/hostile-images.testing';
import { DEFAULT_MANIFEST_PATH } from '../../inference/manifest-file';
import { InferencePool } from '../../inference/pool/inference-pool';
import { PhotoStore } from '../../photos/photo-store';
import { createDatabase } from '../../db/client';
import { createApp } from '../../server/app';
import { createTcpProxy } from '../../testing/tcp-proxy';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { createTestDeps } from '../../testing/test-deps';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { createNodeClient } from '../../testing/typed-client';
import { loadTestSettings } from '../../env';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/fixtures');
const ASTRONAUT = join(FIXTURES, 'astronaut.png');
const CHELSEA = join(FIXTURES, 'chelsea.png');
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

let database: TestDatabase;
let pool: InferencePool;
let server: TestServer;
let photos: PhotoStore;
let astronaut: Uint8Array;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new InferencePool({ manifestPath: DEFAULT_MANIFEST_PATH, size: 2, threads: 1, maxQueue: 8, timeoutMs: 60_000, limits: { maxBytes: MAX_IMAGE_BYTES, maxPixels: 40_000_000 } });
  photos = new PhotoStore(await mkdtemp(join(tmpdir(), 'derma-photos-')));
  const deps = createTestDeps(database.db, { inference: pool, photos, config: { maxImageBytes: MAX_IMAGE_BYTES } });
  server = await startTestServer(createApp(deps));
  astronaut = new Uint8Array(await readFile(ASTRONAUT));
}, 60_000);
afterAll(async () => {
  await server.close();
  await pool.close();
  await database.drop();
});

interface Answer {
  status: number;
  body: { result?: { data: { result: { totalScore: number; backend: { location: string } }; diagnosis: { id: string; hasPhoto: boolean } | null } }; error?: { message: string; data: { code: string; reason?: string } } };
}

async function analyze(image: Uint8Array, fields: Record<string, string> = {}, token?: string): Promise<Answer> {
  const form = new FormData();
  form.set('image', new Blob([image as Uint8Array<ArrayBuffer>]), 'photo');
  form.set('clientId', fields.clientId ?? randomUUID());
  for (const [k, v] of Object.entries(fields)) if (k !== 'clientId') form.set(k, v);
  const res = await fetch(`${server.url}/trpc/diagnosis.analyze`, { method: 'POST', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

async function signup(): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const { token } = await createNodeClient(server.url).auth.signup.mutate({ email: `a_${tag}@example.com`, username: `a_${tag}`, password: 'passw0rd-ok' });
  return token;
}

describe('diagnosis.analyze over HTTP (multipart upload)', () => {
  it('analyses a guest photo on the server and stores nothing', async () => {
    const answer = await analyze(astronaut);
    expect(answer.status).toBe(200);
    expect(answer.body.result?.data.result.backend.location).toBe('server');
    expect(answer.body.result?.data.diagnosis).toBeNull();
    const [rows] = await database.pool.query('SELECT COUNT(*) AS n FROM diagnoses');
    expect((rows as { n: number }[])[0]?.n).toBe(0);
  });

  it('stores a signed-in analysis once per client id, like diagnosis.submit', async () => {
    const token = await signup();
    const clientId = randomUUID();
    const [first, retry] = [await analyze(astronaut, { clientId }, token), await analyze(astronaut, { clientId }, token)];
    expect(first.status).toBe(200);
    expect(retry.body.result?.data.diagnosis?.id).toBe(first.body.result?.data.diagnosis?.id);
    const list = await createNodeClient(server.url, token).diagnosis.list.query();
    expect(list.items.map((i) => i.clientId)).toEqual([clientId]);
  });

  it('works through the typed client with FormData', async () => {
    const token = await signup();
    const form = new FormData();
    form.set('image', new Blob([astronaut as Uint8Array<ArrayBuffer>]), 'a.png');
    form.set('clientId', randomUUID());
    const out = await createNodeClient(server.url, token).diagnosis.analyze.mutate(form);
    expect(out.diagnosis?.result.totalScore).toBe(out.result.totalScore);
  });

  it('keeps the photo, stripped of metadata, for its owner only, and deletes it with the diagnosis', async () => {
    const [owner, other] = [await signup(), await signup()];
    const tagged = await sharp(astronaut).jpeg().withMetadata({ exif: { IFD0: { Copyright: 'secret-gps-owner' } } }).toBuffer();
    const answer = await analyze(tagged, { keepPhoto: 'true' }, owner);
    const id = answer.body.result?.data.diagnosis?.id ?? '';
    expect(answer.body.result?.data.diagnosis?.hasPhoto).toBe(true);
    const mine = await fetch(`${server.url}/photos/${id}`, { headers: { Authorization: `Bearer ${owner}` } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await mine.arrayBuffer())).metadata();
    expect(meta.exif).toBeUndefined();
    expect((await fetch(`${server.url}/photos/${id}`, { headers: { Authorization: `Bearer ${other}` } })).status).toBe(404);
    expect((await fetch(`${server.url}/photos/${id}`)).status).toBe(401);
    await createNodeClient(server.url, owner).diagnosis.delete.mutate({ id });
    expect(await photos.read((await createNodeClient(server.url, owner).auth.me.query()).id, id)).toBeNull();
  });

  it('does not keep the photo unless asked', async () => {
    const token = await signup();
    const answer = await analyze(astronaut, {}, token);
    expect(answer.body.result?.data.diagnosis?.hasPhoto).toBe(false);
  });
});

describe('diagnosis.analyze while the database is down', () => {
  it('still answers a signed-in user with the result, unstored, for the client to submit later', async () => {
    const target = new URL(loadTestSettings().TEST_MYSQL_URL);
    const proxy = await createTcpProxy(Number(target.port || 3306), target.hostname);
    await proxy.open();
    const handle = createDatabase(`mysql://${target.username || 'root'}@127.0.0.1:${proxy.port}/${database.name}`);
    const proxied = await startTestServer(createApp(createTestDeps(handle.db, { inference: pool, config: { maxImageBytes: MAX_IMAGE_BYTES } })));
    try {
      const { token } = await createNodeClient(proxied.url).auth.signup.mutate({ email: `down_${randomUUID().slice(0, 8)}@example.com`, username: `down_${randomUUID().slice(0, 8)}`, password: 'passw0rd-ok' });
      await proxy.shut();
      const form = new FormData();
      form.set('image', new Blob([astronaut as Uint8Array<ArrayBuffer>]), 'photo');
      form.set('clientId', randomUUID());
      const res = await fetch(`${proxied.url}/trpc/diagnosis.analyze`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } });
      const body = (await res.json()) as Answer['body'];
      expect(res.status).toBe(200);
      expect(body.result?.data.diagnosis).toBeNull();
      expect(body.result?.data.result.backend.location).toBe('server');
    } finally {
      await proxied.close();
      await handle.close();
      await proxy.shut();
    }
  });
});

describe('diagnosis.analyze on hostile uploads', () => {
  const noise = { type: 'gaussian' as const, mean: 128, sigma: 60 };
  const cases: [string, number, string, () => Promise<Uint8Array>][] = [
    ['text named .jpg', 400, 'UNSUPPORTED_TYPE', async () => new TextEncoder().encode('not a photo at all')],
    ['a GIF', 400, 'UNSUPPORTED_TYPE', async () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } }).gif().toBuffer()],
    ['a truncated PNG', 400, 'UNREADABLE', async () => (await sharp(astronaut).png().toBuffer()).subarray(0, 4000)],
    ['a PNG declaring 100000×100000', 413, 'TOO_MANY_PIXELS', async () => pngDeclaring(100_000, 100_000)],
    ['a file over MAX_IMAGE_SIZE', 413, 'TOO_LARGE', async () => sharp({ create: { width: 1400, height: 1400, channels: 3, background: '#808080', noise } }).png({ compressionLevel: 0 }).toBuffer()],
    ['a photo with no skin in it', 400, 'NO_FACE', async () => sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a6ea5' } }).png().toBuffer()],
    // The quality gate refuses on the server what it refuses on the device, with the same reasons.
    ['a cat', 400, 'NO_FACE', async () => readFile(CHELSEA)],
    ['a 1×1 picture', 400, 'IMAGE_TOO_SMALL', async () => sharp({ create: { width: 1, height: 1, channels: 3, background: '#c8a08c' } }).png().toBuffer()],
    ['a face with its eyes 20 px apart', 400, 'FACE_TOO_SMALL', async () => sharp({ create: { width: 1000, height: 800, channels: 3, background: '#808080' } }).composite([{ input: await sharp(ASTRONAUT).resize(240, 240).png().toBuffer(), left: 380, top: 280 }]).png().toBuffer()],
    ['a blurred face', 400, 'TOO_BLURRY', async () => sharp(ASTRONAUT).blur(3).png().toBuffer()],
    ['a face in the dark', 400, 'TOO_DARK', async () => sharp(ASTRONAUT).linear(0.2, 0).png().toBuffer()],
  ];

  it.each(cases)('answers %s with %i and reason %s, and stays up', async (_name, status, reason, make) => {
    const answer = await analyze(await make());
    expect(answer.status).toBe(status);
    expect(answer.body.error?.data.reason).toBe(reason);
    expect(answer.body.error?.message.length).toBeGreaterThan(10);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('answers a missing image field with BAD_REQUEST', async () => {
    const form = new FormData();
    form.set('clientId', randomUUID());
    const res = await fetch(`${server.url}/trpc/diagnosis.analyze`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
  });

  it('returns to its memory baseline after the corpus', async () => {
    const corpus = await Promise.all(cases.map(([, , , make]) => make()));
    const runCorpus = async (): Promise<void> => {
      for (const bytes of corpus) await analyze(bytes);
      await analyze(astronaut);
    };
    await runCorpus();
    const baseline = process.memoryUsage().rss;
    for (let i = 0; i < 3; i++) await runCorpus();
    expect(process.memoryUsage().rss - baseline).toBeLessThan(96 * 1024 * 1024);
  }, 180_000);
});

describe('diagnosis.analyze under load', () => {
  it('answers 50 concurrent uploads with results or 429 with Retry-After, never hanging', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const form = new FormData();
        form.set('image', new Blob([astronaut as Uint8Array<ArrayBuffer>]), 'a.png');
        form.set('clientId', randomUUID());
        const res = await fetch(`${server.url}/trpc/diagnosis.analyze`, { method: 'POST', body: form });
        await res.arrayBuffer();
        return { status: res.status, retryAfter: res.headers.get('retry-after') };
      }),
    );
    const statuses = new Set(responses.map((r) => r.status));
    expect([...statuses].every((s) => s === 200 || s === 429)).toBe(true);
    expect(responses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(10);
    expect(responses.filter((r) => r.status === 429).every((r) => Number(r.retryAfter) >= 1)).toBe(true);
    expect(pool.stats()).toMatchObject({ ready: 2, queued: 0 });
  }, 180_000);
});
