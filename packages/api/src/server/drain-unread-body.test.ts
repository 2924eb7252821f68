import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { drainUnreadBody } from './drain-unread-body';

/** A body of `chunks` chunks of 1 KiB that counts how many the server pulled. */
function countedBody(chunks: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(1024));
    },
  });
  return { body, pulled: () => pulled };
}

function appRefusing(limits: { maxBytes: number; maxMs: number }): Hono {
  const app = new Hono();
  app.use('*', drainUnreadBody(limits));
  app.post('/refuse', (c) => c.json({ refused: true }, 413));
  app.post('/read', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
  return app;
}

const post = (app: Hono, path: string, body: ReadableStream<Uint8Array>): Promise<Response> =>
  Promise.resolve(app.request(path, { method: 'POST', body, duplex: 'half' } as RequestInit));

describe('drainUnreadBody', () => {
  it('reads what is left of a body the handler refused unread, before answering', async () => {
    const { body, pulled } = countedBody(64);
    const res = await post(appRefusing({ maxBytes: 1 << 20, maxMs: 5_000 }), '/refuse', body);
    expect(res.status).toBe(413);
    expect(pulled()).toBe(64);
    expect(res.headers.get('connection')).toBeNull();
  });

  it('answers with Connection: close when the body is longer than it will read', async () => {
    const { body, pulled } = countedBody(64);
    const res = await post(appRefusing({ maxBytes: 8 * 1024, maxMs: 5_000 }), '/refuse', body);
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThan(64);
    expect(res.headers.get('connection')).toBe('close');
  });

  it('answers with Connection: close when the client stops sending', async () => {
    const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const res = await post(appRefusing({ maxBytes: 1 << 20, maxMs: 50 }), '/refuse', stalled);
    expect(res.headers.get('connection')).toBe('close');
  });

  it('leaves a body the handler read alone', async () => {
    const { body } = countedBody(4);
    const res = await post(appRefusing({ maxBytes: 1, maxMs: 5_000 }), '/read', body);
    expect(await res.json()).toEqual({ bytes: 4096 });
    expect(res.headers.get('connection')).toBeNull();
  });
});
