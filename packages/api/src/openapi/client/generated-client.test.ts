import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { makeResult } from '../../testing/result-factory';
import { createTestDeps } from '../../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer, type TestServer } from '../../testing/test-server';
import type { paths } from './openapi-types.generated';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(createApp(createTestDeps(database.db)));
});
afterAll(async () => {
  await server.close();
  await database.drop();
});

describe('a client generated from /openapi.json by openapi-typescript', () => {
  it('is generated from the document the server serves (regenerate with UPDATE_OPENAPI_TYPES=1 if not)', async () => {
    const served: unknown = await (await fetch(`${server.url}/openapi.json`)).json();
    const generated = astToString(await openapiTS(served as Parameters<typeof openapiTS>[0]));
    const committed = new URL('./openapi-types.generated.ts', import.meta.url);
    if (process.env.UPDATE_OPENAPI_TYPES === '1') await (await import('node:fs/promises')).writeFile(committed, generated);
    expect(await readFile(committed, 'utf8')).toBe(generated);
  });

  it('signs up, submits a diagnosis, lists it and deletes it with openapi-fetch', async () => {
    const client = createClient<paths>({ baseUrl: server.url });
    const tag = randomUUID().slice(0, 8);
    const signup = await client.POST('/trpc/auth.signup', { body: { email: `gc_${tag}@example.com`, username: `gc_${tag}`, password: 'passw0rd-ok' } });
    const token = signup.data?.result.data.token ?? '';
    expect(token).not.toBe('');
    const headers = { Authorization: `Bearer ${token}` };
    const submitted = await client.POST('/trpc/diagnosis.submit', { headers, body: { clientId: randomUUID(), result: makeResult() } });
    const id = submitted.data?.result.data.id ?? '';
    const listed = await client.GET('/trpc/diagnosis.list', { headers, params: { query: { input: JSON.stringify({ limit: 10 }) } } });
    expect(listed.data?.result.data.items.map((item) => item.id)).toEqual([id]);
    const deleted = await client.POST('/trpc/diagnosis.delete', { headers, body: { id } });
    expect(deleted.data?.result.data).toEqual({ id, deleted: true });
    const after = await client.GET('/trpc/diagnosis.list', { headers, params: { query: { input: JSON.stringify({ limit: 10 }) } } });
    expect(after.data?.result.data.items).toEqual([]);
  });
});
