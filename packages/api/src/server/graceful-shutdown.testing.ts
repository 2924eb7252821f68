// A server process for graceful-shutdown.test.ts: slow requests, a finite stream, an endless
// stream, and close hooks that print when they run. Usage: graceful-shutdown.testing.ts <drainMs>
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { pino } from 'pino';
import { installGracefulShutdown } from './graceful-shutdown';

const say = (event: string): void => void process.stdout.write(`${JSON.stringify({ event })}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function ticks(count: number | null): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    async pull(controller) {
      await sleep(100);
      if (count !== null && sent >= count) return controller.close();
      sent++;
      controller.enqueue(new TextEncoder().encode(`data: tick ${sent}\n\n`));
    },
  });
}

const app = new Hono();
app.post('/slow', async (c) => {
  say('slow started');
  await sleep(700);
  return c.text('slow done');
});
app.get('/stream', (c) => {
  say('stream started');
  return c.body(ticks(8), 200, { 'Content-Type': 'text/event-stream' });
});
app.get('/endless', (c) => {
  say('endless started');
  return c.body(ticks(null), 200, { 'Content-Type': 'text/event-stream' });
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(`${JSON.stringify({ event: 'listening', port: info.port })}\n`);
});
installGracefulShutdown({
  server,
  logger: pino({ level: 'silent' }),
  drainTimeoutMs: Number(process.argv[2] ?? 5_000),
  hooks: [
    { name: 'inference pool', close: async () => say('closed inference pool') },
    { name: 'database', close: async () => say('closed database') },
  ],
});
