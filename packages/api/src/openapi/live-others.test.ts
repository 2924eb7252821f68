import { randomUUID } from 'node:crypto';
import { startFakeOllama, type FakeOllama } from '@derma/test/fake-ollama';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app';
import { makeResult } from '../testing/result-factory';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { startTestServer, type TestServer } from '../testing/test-server';
import type { OpenApiDocument } from './openapi-document';
import { conformanceClient, dataOf } from './openapi-conformance.testing';
import { itConformsToTheDocument, type ProcedureCases } from './procedure-cases.testing';

let database: TestDatabase;
let fake: FakeOllama;
let server: TestServer;
let limited: TestServer;
let api: ReturnType<typeof conformanceClient>;

beforeAll(async () => {
  database = await createTestDatabase();
  fake = await startFakeOllama();
  server = await startTestServer(createApp(createTestDeps(database.db, { ollamaHost: fake.url })));
  limited = await startTestServer(createApp(createTestDeps(database.db, { config: { apiRateLimit: 1 } })));
  api = conformanceClient(server.url, (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument);
});
afterAll(async () => {
  await limited.close();
  await server.close();
  await fake.close();
  await database.drop();
});

async function withDiagnosis(): Promise<{ token: string; diagnosisId: string }> {
  const { token } = await api.signUp();
  const submitted = await api.call('diagnosis.submit', { clientId: randomUUID(), result: makeResult() }, token);
  return { token, diagnosisId: String(dataOf(submitted).id) };
}

/** The JSON of every plain SSE message (no `event:` line) until `done`, or the `serialized-error` that ends it. */
async function streamEvents(input: unknown, token?: string): Promise<{ status: number; events: unknown[]; error?: unknown }> {
  const url = `${server.url}/trpc/advice.stream?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(url, { headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  const events: unknown[] = [];
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body ?? []) {
    text += decoder.decode(chunk as Uint8Array, { stream: true });
    const messages = text.split('\n\n');
    text = messages.pop() ?? '';
    for (const message of messages.map((m) => m.split('\n'))) {
      const data = message.find((line) => line.startsWith('data:'));
      if (message.includes('event: serialized-error')) return { status: res.status, events, error: JSON.parse(data?.slice(5) ?? 'null') };
      if (data && !message.some((line) => line.startsWith('event:'))) events.push(JSON.parse(data.slice(5)));
    }
    if (events.some((e) => (e as { type?: string }).type === 'done')) break;
  }
  return { status: res.status, events };
}

const cases: ProcedureCases = {
  'insights.get': {
    success: async () => api.call('insights.get', { days: 30 }, (await withDiagnosis()).token),
    failure: async () => api.call('insights.get', { days: 0 }, (await api.signUp()).token),
  },
  'advice.get': {
    success: async () => {
      const { token, diagnosisId } = await withDiagnosis();
      return api.call('advice.get', { diagnosisId, language: 'en' }, token);
    },
    failure: async () => api.call('advice.get', { diagnosisId: randomUUID(), language: 'en' }, (await api.signUp()).token),
  },
  'review.create': {
    success: async () => api.call('review.create', { rating: 5, comment: 'good' }, (await api.signUp()).token),
    failure: async () => api.call('review.create', { rating: 9 }, (await api.signUp()).token),
  },
  'review.list': { success: async () => api.call('review.list', undefined, (await api.signUp()).token), failure: () => api.call('review.list') },
};

describe('insights, advice and review procedures over HTTP', () => {
  it('has cases for every insights, advice and review procedure of /openapi.json', () => {
    const documented = [...api.procedures('insights'), ...api.procedures('advice'), ...api.procedures('review')];
    expect([...Object.keys(cases), 'advice.stream'].sort()).toEqual(documented.sort());
  });

  itConformsToTheDocument(cases, () => api);

  it('advice.stream sends events that each match the documented event-stream schema, ending with done', async () => {
    const { token, diagnosisId } = await withDiagnosis();
    const { status, events } = await streamEvents({ diagnosisId, language: 'en' }, token);
    expect(status).toBe(200);
    expect(events.at(-1)).toMatchObject({ type: 'done' });
    for (const body of events) expect(api.check('advice.stream', { status, body }, 'text/event-stream')).toEqual([]);
  });

  it('advice.stream without a session ends with a serialized-error shaped as the documented error object', async () => {
    const { error } = await streamEvents({ diagnosisId: randomUUID(), language: 'en' });
    expect(error).toMatchObject({ data: { code: 'UNAUTHORIZED' } });
    // The stream has already answered 200, so the error comes as an event with the envelope's `error`.
    expect(api.check('advice.stream', { status: 401, body: { error } })).toEqual([]);
  });

  it('answers 429 with Retry-After and the documented error envelope over the rate limit', async () => {
    const overLimit = conformanceClient(limited.url, (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument);
    await overLimit.call('review.list');
    const answer = await overLimit.call('review.list');
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(overLimit.check('review.list', answer)).toEqual([]);
  });
});
