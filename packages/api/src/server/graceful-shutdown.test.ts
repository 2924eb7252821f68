import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./graceful-shutdown.testing.ts', import.meta.url));
const API_ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  events: string[];
  waitFor(event: string): Promise<void>;
  exited: Promise<{ code: number | null; at: number }>;
}

async function start(drainMs: number): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, String(drainMs)], { cwd: API_ROOT });
  const events: string[] = [];
  const waiters: { event: string; resolve: () => void }[] = [];
  let port = 0;
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = JSON.parse(buffered.slice(0, end)) as { event: string; port?: number };
      buffered = buffered.slice(end + 1);
      if (line.port) port = line.port;
      events.push(line.event);
      for (const w of waiters.filter((w) => w.event === line.event)) w.resolve();
    }
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
  const waitFor = (event: string): Promise<void> =>
    events.includes(event) ? Promise.resolve() : new Promise((resolve) => waiters.push({ event, resolve }));
  await waitFor('listening');
  return { child, url: `http://127.0.0.1:${port}`, events, waitFor, exited };
}

describe('graceful shutdown of a real server process', () => {
  let running: Running | undefined;
  afterEach(() => void running?.child.kill('SIGKILL'));

  it('on SIGTERM finishes an in-flight request and stream, refuses new connections, runs the close hooks in order, exits 0', async () => {
    running = await start(5_000);
    const slow = fetch(`${running.url}/slow`, { method: 'POST' }).then((r) => r.text());
    const stream = fetch(`${running.url}/stream`).then((r) => r.text());
    await Promise.all([running.waitFor('slow started'), running.waitFor('stream started')]);
    running.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`${running.url}/slow`, { method: 'POST' })).rejects.toThrow();
    expect(await slow).toBe('slow done');
    expect((await stream).match(/tick \d/g)).toHaveLength(8);
    expect((await running.exited).code).toBe(0);
    expect(running.events.slice(-2)).toEqual(['closed inference pool', 'closed database']);
  });

  it('cuts a stream that outlives the bound and still exits 0 after the close hooks', async () => {
    running = await start(400);
    const endless = fetch(`${running.url}/endless`).then((r) => r.text()).catch(() => 'cut');
    await running.waitFor('endless started');
    const signalled = Date.now();
    running.child.kill('SIGTERM');
    const { code, at } = await running.exited;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(2_000);
    expect(running.events).toContain('closed database');
    await endless;
  });
});
