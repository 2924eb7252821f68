import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/test-server';
import type { AppEnv } from './app-env';
import { securityHeaders } from './security-headers';

const appWith = (middleware: ReturnType<typeof securityHeaders>) => {
  const app = new Hono<AppEnv>();
  app.use('*', middleware);
  app.get('/', (c) => c.json({ ok: true }));
  app.get('/raw', () => new Response('raw', { headers: { 'content-type': 'text/plain' } }));
  return app;
};

const securityPart = (headers: Headers) => [...headers].filter(([name]) => !['content-type', 'content-length', 'date', 'connection', 'keep-alive'].includes(name));

describe('security headers', () => {
  it('sets on a served response, a raw handler Response and app.request() the same headers', async () => {
    const app = appWith(securityHeaders(true));
    const expected = securityPart((await app.request('/')).headers);
    expect(expected.map(([name]) => name)).toEqual(expect.arrayContaining(['content-security-policy', 'cross-origin-embedder-policy', 'strict-transport-security', 'x-frame-options']));
    const server = await startTestServer(app);
    try {
      for (const path of ['/', '/raw']) expect(securityPart((await fetch(`${server.url}${path}`)).headers).sort()).toEqual([...expected].sort());
    } finally {
      await server.close();
    }
  });

  it('are the headers Hono secureHeaders sets with the same options (no HSTS outside production)', async () => {
    const ours = securityPart((await appWith(securityHeaders(false)).request('/')).headers);
    expect(ours.map(([name]) => name)).not.toContain('strict-transport-security');
    const plain = appWith(secureHeaders({ crossOriginOpenerPolicy: 'same-origin', crossOriginEmbedderPolicy: 'require-corp', crossOriginResourcePolicy: 'same-origin', referrerPolicy: 'no-referrer', xFrameOptions: 'DENY', strictTransportSecurity: false }));
    const reference = new Map(securityPart((await plain.request('/')).headers));
    for (const [name, value] of ours) if (name !== 'content-security-policy' && name !== 'permissions-policy') expect(value, name).toBe(reference.get(name));
  });
});
