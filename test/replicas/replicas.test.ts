import { randomUUID } from 'node:crypto';
import { createTestDatabase, makeResult, RedisRateLimiter, startNginx, startReplica, type NginxProxy, type ReplicaProcess, type TestDatabase } from '@derma/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const REDIS_URL = 'redis://127.0.0.1:6379';
const API_RATE_LIMIT = 8;

let database: TestDatabase;
let replicas: ReplicaProcess[] = [];
let proxy: NginxProxy;

/** A plain-JSON tRPC call, as a non-browser client makes it (Bearer token, optional forwarded IP). */
async function call(base: string, procedure: string, options: { token?: string; input?: unknown; mutation?: boolean; ip?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  const query = !options.mutation && options.input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(options.input))}` : '';
  const response = await fetch(`${base}/trpc/${procedure}${query}`, {
    method: options.mutation ? 'POST' : 'GET',
    headers,
    ...(options.mutation ? { body: JSON.stringify(options.input ?? null) } : {}),
  });
  return { status: response.status, body: (await response.json()) as { result?: { data: Record<string, unknown> } } };
}

/** A documentation address (TEST-NET-2) per test, none twice in a run, so their per-IP counters never meet. */
let nextIp = Math.floor(Math.random() * 250);
const someIp = () => `198.51.100.${(nextIp++ % 250) + 1}`;

async function signUp(base: string, ip: string): Promise<{ email: string; token: string }> {
  const email = `replica_${randomUUID().slice(0, 8)}@example.com`;
  const { status, body } = await call(base, 'auth.signup', { mutation: true, ip, input: { email, username: `r_${randomUUID().slice(0, 8)}`, password: 'replica-pass1' } });
  expect(status).toBe(200);
  return { email, token: String(body.result?.data.token) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL, TRUST_PROXY: 'true', API_RATE_LIMIT: String(API_RATE_LIMIT) };
  replicas = await Promise.all([startReplica(env), startReplica(env)]);
  proxy = await startNginx(replicas.map((r) => r.address));
  // Requests through nginx all come from 127.0.0.1: start its shared counter from zero.
  const limiter = new RedisRateLimiter(REDIS_URL);
  await limiter.reset('ip:127.0.0.1');
  await limiter.close();
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await Promise.all(replicas.map((r) => r.close()));
  await database?.drop();
});

describe('two API replicas behind nginx, sharing MariaDB and Redis', () => {
  it('serves through nginx from both replicas', async () => {
    const { email, token } = await signUp(proxy.url, someIp());
    const answers = await Promise.all([1, 2, 3, 4].map(() => call(proxy.url, 'auth.me', { token })));
    for (const answer of answers) expect(answer.body.result?.data.email).toBe(email);
    // Each replica counts the calls it answered in /metrics: nginx spread them over both.
    for (const replica of replicas) {
      const metrics = await (await fetch(`${replica.url}/metrics`)).text();
      expect(metrics).toMatch(/derma_trpc_requests_total\{procedure="auth\.(me|signup)",status="OK"\} [1-9]/);
    }
  });

  it('accepts on one replica a session created by a login on the other', async () => {
    const [a, b] = replicas.map((r) => r.url) as [string, string];
    const ip = someIp();
    const { email } = await signUp(a, ip);
    const login = await call(a, 'auth.login', { mutation: true, ip, input: { email, password: 'replica-pass1' } });
    const token = String(login.body.result?.data.token);
    expect((await call(b, 'auth.me', { token, ip })).body.result?.data.email).toBe(email);
  });

  it('ends a session on both replicas at once when it logs out on one', async () => {
    const [a, b] = replicas.map((r) => r.url) as [string, string];
    const ip = someIp();
    const { token } = await signUp(a, ip);
    expect((await call(a, 'auth.me', { token, ip })).status).toBe(200);
    expect((await call(b, 'auth.me', { token, ip })).status).toBe(200);
    expect((await call(b, 'auth.logout', { token, ip, mutation: true })).status).toBe(200);
    expect((await call(a, 'auth.me', { token, ip })).status).toBe(401);
    expect((await call(b, 'auth.me', { token, ip })).status).toBe(401);
  });

  it('signs a user out of both replicas at once when the operator runs derma user disable', async () => {
    const [a, b] = replicas.map((r) => r.url) as [string, string];
    const ip = someIp();
    const { email, token } = await signUp(a, ip);
    expect((await call(a, 'auth.me', { token, ip })).status).toBe(200);
    expect((await call(b, 'auth.me', { token, ip })).status).toBe(200);
    const run = await runCli(['user', 'disable', email], { DATABASE_URL: database.url, REDIS_URL });
    expect(run.code, run.stderr).toBe(0);
    expect((await call(a, 'auth.me', { token, ip })).status).toBe(401);
    expect((await call(b, 'auth.me', { token, ip })).status).toBe(401);
  });

  it('shows a diagnosis submitted on one replica in the insights the other had cached', async () => {
    const [a, b] = replicas.map((r) => r.url) as [string, string];
    const ip = someIp();
    const { token } = await signUp(a, ip);
    for (let i = 0; i < 2; i++) expect((await call(b, 'insights.get', { token, ip, input: { days: 30 } })).body.result?.data.dataPoints).toBe(0);
    expect((await call(a, 'diagnosis.submit', { token, ip, mutation: true, input: { clientId: randomUUID(), result: makeResult() } })).status).toBe(200);
    expect((await call(b, 'insights.get', { token, ip, input: { days: 30 } })).body.result?.data.dataPoints).toBe(1);
  });

  it('counts API_RATE_LIMIT per client over both replicas together', async () => {
    const [a, b] = replicas.map((r) => r.url) as [string, string];
    const ip = someIp();
    const statuses: number[] = [];
    for (let i = 0; i < API_RATE_LIMIT + 1; i++) statuses.push((await call(i % 2 === 0 ? a : b, 'auth.me', { ip })).status);
    expect(statuses).toEqual([...Array<number>(API_RATE_LIMIT).fill(401), 429]);
  });

  it('limits by the address nginx saw, whatever X-Forwarded-For the client sends', async () => {
    const statuses: number[] = [];
    // Earlier tests here spent part of 127.0.0.1's allowance; a forged header must not reset it.
    for (let i = 0; i < API_RATE_LIMIT + 1; i++) statuses.push((await call(proxy.url, 'auth.me', { ip: someIp() })).status);
    expect(statuses).toContain(429);
  });
});
