import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { startTestServer, type TestServer } from '../testing/test-server';
import { createNodeClient } from '../testing/typed-client';
import { createApp } from './app';

interface LogLine {
  msg: string;
  requestId?: string;
  procedure?: string;
  userId?: string;
  status?: number;
  durationMs?: number;
}

let database: TestDatabase;
let server: TestServer;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  server = await startTestServer(createApp(createTestDeps(database.db, { logger: pino({ level: 'info' }, sink) })));
});
afterAll(async () => {
  await server.close();
  await database.drop();
});

const requestLines = (): LogLine[] => lines.map((l) => JSON.parse(l) as LogLine).filter((l) => l.msg === 'request');

describe('request log', () => {
  it("logs the procedure and the caller's user id, never the email or the password", async () => {
    const tag = randomUUID().slice(0, 8);
    const email = `log_${tag}@example.com`;
    const { token, user } = await createNodeClient(server.url).auth.signup.mutate({ email, username: `log_${tag}`, password: 'passw0rd-secret' });
    await createNodeClient(server.url, token).diagnosis.latest.query();
    const line = requestLines().find((l) => l.procedure === 'diagnosis.latest');
    expect(line).toMatchObject({ procedure: 'diagnosis.latest', userId: user.id, status: 200 });
    expect(line?.requestId).toBeTruthy();
    expect(line?.durationMs).toBeGreaterThanOrEqual(0);
    const all = lines.join('\n');
    expect(all).not.toContain(email);
    expect(all).not.toContain('passw0rd-secret');
  });

  it('logs a request whose path has a malformed escape instead of failing it', async () => {
    const res = await fetch(`${server.url}/trpc/%zz`);
    expect(res.status).toBeLessThan(500);
    expect(requestLines().find((l) => l.procedure === '%zz')).toMatchObject({ status: res.status });
  });

  it('logs a guest call without a user id', async () => {
    await fetch(`${server.url}/trpc/diagnosis.list`);
    const line = requestLines().find((l) => l.procedure === 'diagnosis.list');
    expect(line).toMatchObject({ status: 401 });
    expect(line).not.toHaveProperty('userId');
  });
});
