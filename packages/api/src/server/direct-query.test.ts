import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/session';
import { DatabaseStatus } from '../db/database-status';
import { makeResult } from '../testing/result-factory';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import { startTestServer, type TestServer } from '../testing/test-server';
import { createContextInner, type ApiDeps } from '../trpc/context';
import { appRouter } from '../trpc/root';
import type { AppEnv } from './app-env';
import { createApp } from './app';
import { directQueries } from './direct-query';

let database: TestDatabase;
const servers: { direct: TestServer; full: TestServer }[] = [];
let user: { id: string; token: string; otherUsersDiagnosis: string; own: string };

/** The same app twice on one database, once answering GET queries directly, once only through tRPC's handler; own deps each (rate limits). */
async function pair(overrides: Parameters<typeof createTestDeps>[1] = {}) {
  const serve = (directQueries: boolean) => startTestServer(createApp({ ...createTestDeps(database.db, overrides), directQueries }));
  const both = { direct: await serve(true), full: await serve(false) };
  servers.push(both);
  return both;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = createTestDeps(database.db);
  const me = await signUpCaller(deps);
  const other = await signUpCaller(deps);
  const { id: own } = await me.caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ pixels: { acne: 900 }, lesions: { acne: 3 } }) });
  await me.caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult({ version: 2, pixels: { atopy: 500 }, zones: { atopy: { chin: 2 } } }) });
  const { id: otherUsersDiagnosis } = await other.caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
  user = { id: me.session.user.id, token: me.session.token, otherUsersDiagnosis, own };
});
afterAll(async () => {
  for (const both of servers) await Promise.all([both.direct.close(), both.full.close()]);
  await database.drop();
});

const ANSWER_HEADERS_VARY = new Set(['date', 'x-request-id', 'keep-alive', 'connection']);

async function answer(server: TestServer, path: string, headers: Record<string, string>) {
  const res = await fetch(`${server.url}${path}`, { headers });
  const kept = [...res.headers].filter(([name]) => !ANSWER_HEADERS_VARY.has(name)).sort(([a], [b]) => a.localeCompare(b));
  return { status: res.status, headers: kept, body: await res.text() };
}

const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`;

describe('direct GET queries', () => {
  it("answer every query exactly as tRPC's fetch handler does, read or kept: status, headers and bytes", async () => {
    const { direct, full } = await pair();
    const bearer = { authorization: `Bearer ${user.token}` };
    const cases: [string, Record<string, string>][] = [
      [`/trpc/insights.get${q({ days: 30 })}`, bearer],
      ['/trpc/insights.get', bearer],
      [`/trpc/diagnosis.list${q({ limit: 1 })}`, bearer],
      ['/trpc/diagnosis.list?input=', bearer],
      ['/trpc/diagnosis.list?input=%7B%22limit%22%3A+2%7D', bearer],
      ['/trpc/diagnosis.latest', bearer],
      [`/trpc/diagnosis.history${q({ range: 'week', endDate: new Date().toISOString() })}`, bearer],
      ['/trpc/diagnosis.lat%65st', bearer],
      [`/trpc/diagnosis.byId${q({ id: user.own })}`, { ...bearer, origin: 'https://elsewhere.example' }],
      // Errors: another user's diagnosis, bad input, unparsable input, no session, unknown token.
      [`/trpc/diagnosis.byId${q({ id: user.otherUsersDiagnosis })}`, bearer],
      [`/trpc/diagnosis.list${q({ limit: 'many' })}`, bearer],
      ['/trpc/diagnosis.list?input=%7B', bearer],
      ['/trpc/diagnosis.latest', {}],
      ['/trpc/diagnosis.latest', { authorization: 'Bearer nosuchtoken' }],
      ['/trpc/auth.me', {}],
      // What only tRPC's handler answers: a mutation by GET, a batch, another parameter, an unknown path.
      [`/trpc/diagnosis.delete${q({ id: user.own })}`, bearer],
      [`/trpc/diagnosis.latest,insights.get?batch=1&input=${encodeURIComponent('{}')}`, bearer],
      ['/trpc/diagnosis.latest?input=&connectionParams=1', bearer],
      ['/trpc/nosuch.query', bearer],
    ];
    // Twice: the second time the reads kept in memory answer, the direct path with their JSON written once.
    for (let round = 0; round < 2; round++) {
      for (const [path, headers] of cases) {
        const [ours, theirs] = [await answer(direct, path, headers), await answer(full, path, headers)];
        expect({ round, path, ...ours }).toEqual({ round, path, ...theirs });
      }
    }
  });

  it('answer a rate-limited call with the same TOO_MANY_REQUESTS and Retry-After', async () => {
    const { direct, full } = await pair({ config: { apiRateLimit: 1 } });
    const headers = { authorization: `Bearer ${user.token}` };
    for (const server of [direct, full]) expect((await answer(server, '/trpc/diagnosis.latest', headers)).status).toBe(200);
    const [ours, theirs] = [await answer(direct, '/trpc/diagnosis.latest', headers), await answer(full, '/trpc/diagnosis.latest', headers)];
    expect(ours.status).toBe(429);
    expect(ours).toEqual(theirs);
  });

  it('answer SERVICE_UNAVAILABLE the same while the database is not migrated', async () => {
    const { direct, full } = await pair({ dbStatus: new DatabaseStatus(false, 'migrating') });
    const headers = { authorization: `Bearer ${user.token}` };
    const [ours, theirs] = [await answer(direct, '/trpc/diagnosis.latest', headers), await answer(full, '/trpc/diagnosis.latest', headers)];
    expect(ours.status).toBe(503);
    expect(ours).toEqual(theirs);
  });

  it('re-send a renewed cookie session with the same Set-Cookie', async () => {
    const { direct, full } = await pair();
    const twentyDaysAgo = new Date(Date.now() - 20 * 86_400_000);
    const answers = [];
    for (const server of [direct, full]) {
      const { token } = await createSession(database.db, user.id, twentyDaysAgo);
      const res = await answer(server, '/trpc/auth.me', { cookie: `derma_session=${token}` });
      answers.push({ ...res, headers: res.headers.map(([name, value]) => [name, value.replace(token, 'TOKEN')]) });
    }
    expect(answers[0]?.headers.some(([name]) => name === 'set-cookie')).toBe(true);
    expect(answers[0]).toEqual(answers[1]);
  });

  it('answer plain GETs of queries itself and hand everything else on', async () => {
    const app = new Hono<AppEnv>();
    const deps: ApiDeps = createTestDeps(database.db);
    app.use('*', async (c, next) => {
      c.set('clientIp', '127.0.0.1');
      c.set('logFields', { userId: null });
      await next();
    });
    app.use('/trpc/*', directQueries(appRouter, (_c, resHeaders) => createContextInner({ ...deps, sessionToken: user.token, resHeaders })));
    app.all('/trpc/*', (c) => c.text('handed on', 299 as never));
    const status = async (path: string, init: RequestInit = {}) => (await app.request(path, init)).status;
    expect(await status('/trpc/diagnosis.latest')).toBe(200);
    expect(await status(`/trpc/insights.get${q({ days: 7 })}`)).toBe(200);
    expect(await status(`/trpc/diagnosis.byId${q({ id: user.otherUsersDiagnosis })}`)).toBe(404);
    for (const [path, init] of [
      ['/trpc/diagnosis.latest', { method: 'POST' }],
      ['/trpc/diagnosis.latest', { method: 'HEAD' }],
      ['/trpc/diagnosis.submit', {}],
      ['/trpc/advice.stream', {}],
      ['/trpc/diagnosis.latest?batch=1', {}],
      ['/trpc/diagnosis.latest?input=&x=1', {}],
      ['/trpc/diagnosis.latest', { headers: { 'trpc-accept': 'application/jsonl' } }],
      ['/trpc/diagnosis.latest', { headers: { accept: 'application/jsonl' } }],
      ['/trpc/diagnosis.latest', { headers: { 'content-type': 'application/json' } }],
    ] as [string, RequestInit][]) {
      expect({ path, init, status: await status(path, init) }).toEqual({ path, init, status: 299 });
    }
  });
});
