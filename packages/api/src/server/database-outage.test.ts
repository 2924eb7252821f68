import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../db/client';
import { DatabaseStatus } from '../db/database-status';
import { loadTestSettings } from '../env';
import { createTcpProxy } from '../testing/tcp-proxy';
import { createTestDeps } from '../testing/test-deps';
import { createApp } from './app';
import { bootstrapDatabase } from './database-bootstrap';

const serverUrl = new URL(loadTestSettings().TEST_MYSQL_URL);
const dbName = `derma_test_${randomBytes(6).toString('hex')}`;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const signup = (app: ReturnType<typeof createApp>) =>
  app.request('/trpc/auth.signup', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `o_${randomBytes(3).toString('hex')}@example.com`, username: `o_${randomBytes(3).toString('hex')}`, password: 'passw0rd-ok' }),
  });

async function until(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('database outage', () => {
  it('answers SERVICE_UNAVAILABLE and a down /health while MySQL is unreachable, then recovers without a restart', async () => {
    const proxy = await createTcpProxy(Number(serverUrl.port || 3306), serverUrl.hostname);
    const url = `mysql://${serverUrl.username || 'root'}@127.0.0.1:${proxy.port}/${dbName}`;
    const handle = createDatabase(url);
    const status = new DatabaseStatus(false, 'connecting');
    const app = createApp(createTestDeps(handle.db, { dbStatus: status }));
    const stop = bootstrapDatabase({ url, handle, status, logger: pino({ level: 'silent' }), retryMs: 100 });
    cleanups.push(async () => {
      stop();
      await handle.close();
      await proxy.shut();
      const admin = await mysql.createConnection({ uri: serverUrl.toString() });
      await admin.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
      await admin.end();
    });

    await until(() => status.message !== 'connecting');
    const refused = await signup(app);
    expect(refused.status).toBe(503);
    expect(JSON.stringify(await refused.json())).toContain('The database is unavailable');
    const health = await app.request('/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'down', checks: { database: { status: 'down' } } });

    await proxy.open();
    await until(() => status.ready);
    expect((await signup(app)).status).toBe(200);
    expect((await app.request('/health')).status).toBe(200);
  });

  it('maps a query failing mid-flight to SERVICE_UNAVAILABLE', async () => {
    const handle = createDatabase('mysql://root@127.0.0.1:1/nowhere');
    cleanups.push(() => handle.close());
    const app = createApp(createTestDeps(handle.db));
    const res = await signup(app);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { data: { code: 'SERVICE_UNAVAILABLE' } } });
  });
});
