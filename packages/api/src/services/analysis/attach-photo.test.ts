import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngDeclaring } from '../../inference/hostile-images.testing';
import { PhotoStore } from '../../photos/photo-store';
import { createApp } from '../../server/app';
import { makeResult } from '../../testing/result-factory';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { createTestDeps } from '../../testing/test-deps';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { createNodeClient } from '../../testing/typed-client';

const ASTRONAUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/fixtures/astronaut.png');

let database: TestDatabase;
let server: TestServer;
let astronautJpeg: Buffer;

beforeAll(async () => {
  database = await createTestDatabase();
  const photos = new PhotoStore(await mkdtemp(join(tmpdir(), 'derma-photos-')));
  server = await startTestServer(createApp(createTestDeps(database.db, { photos, config: { maxImagePixels: 4_000_000 } })));
  astronautJpeg = await sharp(await readFile(ASTRONAUT)).jpeg().withMetadata({ exif: { IFD0: { Copyright: 'secret-owner' } } }).toBuffer();
}, 60_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

/** A signed-in user with one on-device diagnosis submitted. */
async function userWithDiagnosis(): Promise<{ token: string; id: string }> {
  const tag = randomUUID().slice(0, 8);
  const { token } = await createNodeClient(server.url).auth.signup.mutate({ email: `p_${tag}@example.com`, username: `p_${tag}`, password: 'passw0rd-ok' });
  const stored = await createNodeClient(server.url, token).diagnosis.submit.mutate({ clientId: randomUUID(), result: makeResult() });
  return { token, id: stored.id };
}

function photoForm(id: string, bytes: Uint8Array): FormData {
  const form = new FormData();
  form.set('id', id);
  form.set('image', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), 'photo.jpg');
  return form;
}

async function attach(token: string | null, form: FormData): Promise<{ status: number; code?: string; reason?: string }> {
  const res = await fetch(`${server.url}/trpc/diagnosis.attachPhoto`, { method: 'POST', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = (await res.json()) as { error?: { data: { code: string; reason?: string } } };
  return { status: res.status, code: body.error?.data.code, reason: body.error?.data.reason };
}

describe('diagnosis.attachPhoto (keep photos of on-device diagnoses)', () => {
  it('keeps the photo, stripped of metadata, readable by its owner only', async () => {
    const { token, id } = await userWithDiagnosis();
    const other = await userWithDiagnosis();
    const detail = await createNodeClient(server.url, token).diagnosis.attachPhoto.mutate(photoForm(id, astronautJpeg));
    expect(detail.hasPhoto).toBe(true);
    const mine = await fetch(`${server.url}/photos/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(mine.status).toBe(200);
    expect((await sharp(Buffer.from(await mine.arrayBuffer())).metadata()).exif).toBeUndefined();
    expect((await fetch(`${server.url}/photos/${id}`, { headers: { Authorization: `Bearer ${other.token}` } })).status).toBe(404);
  });

  it('shows the photo in reads made before it was attached (their kept copies are forgotten)', async () => {
    const { token, id } = await userWithDiagnosis();
    const client = createNodeClient(server.url, token);
    const reads = async () => [(await client.diagnosis.byId.query({ id })).hasPhoto, (await client.diagnosis.latest.query())?.hasPhoto];
    expect(await reads()).toEqual([false, false]);
    await client.diagnosis.attachPhoto.mutate(photoForm(id, astronautJpeg));
    expect(await reads()).toEqual([true, true]);
  });

  it("answers NOT_FOUND for another user's diagnosis and stores nothing for it", async () => {
    const owner = await userWithDiagnosis();
    const intruder = await userWithDiagnosis();
    expect(await attach(intruder.token, photoForm(owner.id, astronautJpeg))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await fetch(`${server.url}/photos/${owner.id}`, { headers: { Authorization: `Bearer ${owner.token}` } })).status).toBe(404);
  });

  it('answers a guest with UNAUTHORIZED', async () => {
    expect(await attach(null, photoForm(randomUUID(), astronautJpeg))).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
  });

  it('refuses files that are not photos, and decompression bombs, before decoding', async () => {
    const { token, id } = await userWithDiagnosis();
    expect(await attach(token, photoForm(id, new TextEncoder().encode('%PDF-1.7 not a photo')))).toMatchObject({ status: 400, reason: 'UNSUPPORTED_TYPE' });
    expect(await attach(token, photoForm(id, pngDeclaring(30_000, 30_000)))).toMatchObject({ status: 413, reason: 'TOO_MANY_PIXELS' });
  });

  it('answers a truncated photo with BAD_REQUEST "unreadable" and keeps the diagnosis without a photo', async () => {
    const { token, id } = await userWithDiagnosis();
    expect(await attach(token, photoForm(id, astronautJpeg.subarray(0, 2000)))).toMatchObject({ status: 400, reason: 'UNREADABLE' });
    const detail = await createNodeClient(server.url, token).diagnosis.byId.query({ id });
    expect(detail.hasPhoto).toBe(false);
  });
});
