import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env';
import { clientIp } from './client-ip';

function appTrusting(trustProxy: boolean): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', clientIp(trustProxy));
  app.get('/', (c) => c.text(String(c.get('clientIp'))));
  return app;
}

describe('clientIp', () => {
  it('takes the entry the trusted proxy wrote, not one the client forged before it', async () => {
    const res = await appTrusting(true).request('/', { headers: { 'X-Forwarded-For': '6.6.6.6, 203.0.113.7' } });
    expect(await res.text()).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const res = await appTrusting(false).request('/', { headers: { 'X-Forwarded-For': '6.6.6.6' } });
    expect(await res.text()).toBe('unknown');
  });
});
