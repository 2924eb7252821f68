import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST_PATH } from '../inference/manifest-file';
import { InferencePool } from '../inference/pool/inference-pool';
import { PhotoStore } from '../photos/photo-store';
import { createApp } from '../server/app';
import { makeResult } from '../testing/result-factory';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { startTestServer, type TestServer } from '../testing/test-server';
import type { OpenApiDocument } from './openapi-document';
import { conformanceClient, dataOf } from './openapi-conformance.testing';
import { itConformsToTheDocument, type ProcedureCases } from './procedure-cases.testing';

let database: TestDatabase;
let pool: InferencePool;
let server: TestServer;
let api: ReturnType<typeof conformanceClient>;
let photo: Blob;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new InferencePool({ manifestPath: DEFAULT_MANIFEST_PATH, size: 1, threads: 1, maxQueue: 4, timeoutMs: 60_000, limits: { maxBytes: 2_000_000, maxPixels: 40_000_000 } });
  const photos = new PhotoStore(await mkdtemp(join(tmpdir(), 'derma-openapi-')));
  server = await startTestServer(createApp(createTestDeps(database.db, { inference: pool, photos })));
  api = conformanceClient(server.url, (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument);
  const png = await sharp({ create: { width: 320, height: 320, channels: 3, background: { r: 200, g: 160, b: 140 } } }).png().toBuffer();
  photo = new Blob([new Uint8Array(png)], { type: 'image/png' });
}, 60_000);
afterAll(async () => {
  await server.close();
  await pool.close();
  await database.drop();
});

/** A fresh user with one submitted diagnosis. */
async function withDiagnosis(): Promise<{ token: string; id: string }> {
  const { token } = await api.signUp();
  const submitted = await api.call('diagnosis.submit', { clientId: randomUUID(), result: makeResult() }, token);
  return { token, id: String(dataOf(submitted).id) };
}

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const tokenOnly = async () => (await api.signUp()).token;

const cases: ProcedureCases = {
  'diagnosis.submit': {
    success: async () => api.call('diagnosis.submit', { clientId: randomUUID(), result: makeResult() }, await tokenOnly()),
    failure: async () => api.call('diagnosis.submit', { clientId: 'not-a-uuid', result: {} }, await tokenOnly()),
  },
  'diagnosis.analyze': {
    success: () => api.call('diagnosis.analyze', form({ clientId: randomUUID(), skipFace: 'true', image: photo })),
    failure: () => api.call('diagnosis.analyze', form({ clientId: randomUUID() })),
  },
  'diagnosis.attachPhoto': {
    success: async () => {
      const { token, id } = await withDiagnosis();
      return api.call('diagnosis.attachPhoto', form({ id, image: photo }), token);
    },
    failure: async () => api.call('diagnosis.attachPhoto', form({ id: randomUUID(), image: photo }), await tokenOnly()),
  },
  'diagnosis.byId': {
    success: async () => {
      const { token, id } = await withDiagnosis();
      return api.call('diagnosis.byId', { id }, token);
    },
    failure: async () => api.call('diagnosis.byId', { id: randomUUID() }, await tokenOnly()),
  },
  'diagnosis.list': { success: async () => api.call('diagnosis.list', undefined, (await withDiagnosis()).token), failure: () => api.call('diagnosis.list') },
  'diagnosis.latest': { success: async () => api.call('diagnosis.latest', undefined, (await withDiagnosis()).token), failure: () => api.call('diagnosis.latest') },
  'diagnosis.history': {
    success: async () => api.call('diagnosis.history', { range: 'week' }, (await withDiagnosis()).token),
    failure: async () => api.call('diagnosis.history', { range: 'year' }, await tokenOnly()),
  },
  'diagnosis.delete': {
    success: async () => {
      const { token, id } = await withDiagnosis();
      return api.call('diagnosis.delete', { id }, token);
    },
    failure: async () => api.call('diagnosis.delete', { id: randomUUID() }, await tokenOnly()),
  },
};

describe('diagnosis procedures over HTTP', () => {
  it('has a success and an error case for every diagnosis procedure of /openapi.json', () => {
    expect(Object.keys(cases).sort()).toEqual(api.procedures('diagnosis'));
  });

  itConformsToTheDocument(cases, () => api);
});
