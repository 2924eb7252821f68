import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AdviceEvent } from '@derma/shared';
import { startFakeOllama, type FakeOllama } from '@derma/test/fake-ollama';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advice, diagnoses } from '../db/schema/index';
import { makeResult } from '../testing/result-factory';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createNodeClient } from '../testing/typed-client';

const API_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `src/server/main.ts` as production does and resolves with its port once it listens. */
function startServer(env: Record<string, string>): Promise<{ child: ChildProcessWithoutNullStreams; port: number; logs: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: API_ROOT, env: { ...process.env, ...env } });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        logs.push(line);
        const port = (JSON.parse(line) as { port?: number }).port;
        if (port) resolve({ child, port, logs });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${logs.join('\n')}`)));
  });
}

/** POSTs a tRPC mutation whose body arrives in two parts: the request is in flight in between. */
function slowPost(port: number, path: string, token: string, body: string): { sendRest(): void; response: Promise<{ status: number; text: string }> } {
  const bytes = Buffer.from(body);
  let sendRest = (): void => undefined;
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': bytes.length, Authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.write(bytes.subarray(0, 10));
    sendRest = () => void req.end(bytes.subarray(10));
  });
  return { sendRest, response };
}

describe('SIGTERM to the API server process', () => {
  let db: TestDatabase;
  let ollama: FakeOllama;

  beforeAll(async () => {
    [db, ollama] = await Promise.all([createTestDatabase(), startFakeOllama({ tokenDelayMs: 80 })]);
  });
  afterAll(async () => {
    await ollama.close();
    await db.drop();
  });

  it('commits a pending submit, finishes an advice stream, and exits 0 within the bound', async () => {
    const { child, port, logs } = await startServer({ NODE_ENV: 'test', PORT: '0', DATABASE_URL: db.url, OLLAMA_HOST: ollama.url, LOG_LEVEL: 'info' });
    const url = `http://127.0.0.1:${port}`;
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      while (!logs.some((l) => l.includes('database ready'))) await new Promise((r) => setTimeout(r, 50));
      const session = await createNodeClient(url).auth.signup.mutate({ email: 'shutdown@example.com', username: 'shutdown', password: 'passw0rd-ok' });
      const client = createNodeClient(url, session.token);
      const first = await client.diagnosis.submit.mutate({ clientId: randomUUID(), result: makeResult() });
      const events: AdviceEvent[] = [];
      const streamed = new Promise<void>((resolve, reject) => {
        client.advice.stream.subscribe({ diagnosisId: first.id, language: 'en' }, { onData: (e) => void events.push(e), onError: reject, onComplete: resolve });
      });
      const clientId = randomUUID();
      const pending = slowPost(port, '/trpc/diagnosis.submit', session.token, JSON.stringify({ clientId, result: makeResult() }));
      while (!events.some((e) => e.type === 'token')) await new Promise((r) => setTimeout(r, 20));
      const signalled = Date.now();
      const eventsAtSignal = events.length;
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      pending.sendRest();
      expect((await pending.response).status).toBe(200);
      await Promise.race([streamed, exited]);
      expect(events.length).toBeGreaterThan(eventsAtSignal + 1);
      expect(events.at(-1)?.type).toBe('done');
      expect(await exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(await db.db.select({ id: diagnoses.id }).from(diagnoses).where(eq(diagnoses.clientId, clientId))).toHaveLength(1);
      expect((await db.db.select({ status: advice.status }).from(advice).where(eq(advice.diagnosisId, first.id)))[0]?.status).toBe('done');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
