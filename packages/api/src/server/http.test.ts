import { randomUUID } from 'node:crypto';
import { startFakeOllama, type FakeOllama } from '@derma/test/fake-ollama';
import type { AdviceEvent } from '@derma/shared';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/session';
import { makeResult } from '../testing/result-factory';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { startTestServer, type TestServer } from '../testing/test-server';
import { createNodeClient } from '../testing/typed-client';
import type { ApiDeps } from '../trpc/context';
import { createApp } from './app';

let database: TestDatabase;
let fake: FakeOllama;
let deps: ApiDeps;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  fake = await startFakeOllama({ tokenDelayMs: 40 });
  deps = createTestDeps(database.db, { ollamaHost: fake.url });
  server = await startTestServer(createApp(deps));
});
afterAll(async () => {
  await server.close();
  await fake.close();
  await database.drop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/trpc/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function signup(): Promise<{ token: string; cookie: string }> {
  const tag = randomUUID().slice(0, 8);
  const res = await post('auth.signup', { email: `h_${tag}@example.com`, username: `h_${tag}`, password: 'passw0rd-ok' });
  const body = (await res.json()) as { result: { data: { token: string } } };
  return { token: body.result.data.token, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

describe('HTTP API on a real port', () => {
  it('takes a plain JSON mutation and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const res = await post('auth.signup', { email: 'curl@example.com', username: 'curl_user', password: 'passw0rd-ok' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { user: { email: string }; expiresAt: string } } };
    expect(body.result.data.user.email).toBe('curl@example.com');
    expect(body.result.data.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(res.headers.get('set-cookie')).toMatch(/^derma_session=[a-z2-7]{32}; .*HttpOnly.*SameSite=Lax/);
  });

  it('answers GET queries with ?input= for Bearer clients and 401 without a session', async () => {
    const { token } = await signup();
    const input = encodeURIComponent(JSON.stringify({ range: 'week' }));
    const ok = await fetch(`${server.url}/trpc/diagnosis.history?input=${input}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { result: { data: { points: unknown[] } } }).result.data.points).toEqual([]);
    const denied = await fetch(`${server.url}/trpc/auth.me`);
    expect(denied.status).toBe(401);
    expect(((await denied.json()) as { error: { data: { code: string } } }).error.data.code).toBe('UNAUTHORIZED');
  });

  it('says why a sign-in was refused in error.data.reason, beside the code and message', async () => {
    const res = await post('auth.login', { email: 'nobody@example.com', password: 'passw0rd-ok' });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { message: string; data: { code: string; reason: string } } };
    expect(body.error).toMatchObject({ message: 'Wrong email or password.', data: { code: 'UNAUTHORIZED', reason: 'WRONG_CREDENTIALS' } });
  });

  it('re-sends the session cookie with the new expiry when a cookie session is renewed, not for Bearer clients', async () => {
    const { token } = await signup();
    const me = await createNodeClient(server.url, token).auth.me.query();
    // Sessions made 20 days ago are in their renewal window (the last 15 of 30 days).
    const old = (): Promise<{ token: string }> => createSession(deps.db, me.id, new Date(Date.now() - 20 * 86_400_000));
    const bearer = await fetch(`${server.url}/trpc/auth.me`, { headers: { Authorization: `Bearer ${(await old()).token}` } });
    expect(bearer.status).toBe(200);
    expect(bearer.headers.get('set-cookie')).toBeNull();
    const cookieToken = (await old()).token;
    const renewed = await fetch(`${server.url}/trpc/auth.me`, { headers: { Cookie: `derma_session=${cookieToken}` } });
    const setCookie = renewed.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^derma_session=${cookieToken}; .*HttpOnly`));
    const expires = Date.parse(/Expires=([^;]+)/.exec(setCookie)?.[1] ?? '');
    expect(expires - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const again = await fetch(`${server.url}/trpc/auth.me`, { headers: { Cookie: `derma_session=${cookieToken}` } });
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('re-sends a renewed session cookie from the photo route too', async () => {
    const { token } = await signup();
    const me = await createNodeClient(server.url, token).auth.me.query();
    const old = await createSession(deps.db, me.id, new Date(Date.now() - 20 * 86_400_000));
    const res = await fetch(`${server.url}/photos/${randomUUID()}`, { headers: { Cookie: `derma_session=${old.token}` } });
    expect(res.status).toBe(404);
    expect(res.headers.get('set-cookie') ?? '').toMatch(new RegExp(`^derma_session=${old.token}; .*HttpOnly`));
  });

  it('refuses a cookie-authenticated mutation from a foreign or missing Origin', async () => {
    const { cookie } = await signup();
    expect((await post('review.create', { rating: 5 }, { Cookie: cookie, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('review.create', { rating: 5 }, { Cookie: cookie })).status).toBe(403);
    expect((await post('review.create', { rating: 5 }, { Cookie: cookie, Origin: server.url })).status).toBe(200);
  });

  it('works end to end with the typed client, streaming advice over SSE as tokens arrive', async () => {
    const { token } = await signup();
    const client = createNodeClient(server.url, token);
    const diagnosis = await client.diagnosis.submit.mutate({ clientId: randomUUID(), result: makeResult() });
    const arrivals: { event: AdviceEvent; at: number }[] = [];
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const sub = client.advice.stream.subscribe(
        { diagnosisId: diagnosis.id, language: 'en' },
        {
          onData: (event) => {
            arrivals.push({ event, at: performance.now() - started });
            if (event.type === 'done') {
              sub.unsubscribe();
              resolve();
            }
          },
          onError: reject,
        },
      );
    });
    const tokens = arrivals.filter((a) => a.event.type === 'token');
    const last = arrivals.at(-1);
    expect(tokens.length).toBe(7);
    // Relayed as they come: the first token arrives well before the last (40 ms apart at the fake).
    expect((last?.at ?? 0) - (tokens[0]?.at ?? 0)).toBeGreaterThan(150);
    expect(await client.advice.get.query({ diagnosisId: diagnosis.id, language: 'en' })).toMatchObject({ status: 'done' });
  });

  it('gives typed errors to the typed client', async () => {
    const client = createNodeClient(server.url);
    const error = await client.auth.me.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401 });
  });

  it('reports database and Ollama health separately, degraded without models', async () => {
    const res = await fetch(`${server.url}/health`);
    const health = (await res.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(res.status).toBe(200);
    expect(health.status).toBe('degraded');
    expect(health.checks).toMatchObject({ database: { status: 'ok' }, ollama: { status: 'ok' }, models: { status: 'down' } });
  });

  it('exposes Prometheus metrics by procedure and status', async () => {
    await fetch(`${server.url}/trpc/auth.me`);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain('derma_trpc_requests_total{procedure="auth.me",status="UNAUTHORIZED"}');
    expect(text).toContain('derma_trpc_request_duration_seconds_bucket');
    expect(text).toContain('derma_advice_duration_seconds');
  });

  it('sends cross-origin isolation and CSP headers', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
