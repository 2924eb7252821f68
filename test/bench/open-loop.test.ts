import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLoop, rampRequests, scheduledOffsetMs } from '../../bench/lib/open-loop';

describe('open-loop schedule', () => {
  it('rises evenly from 0 over the ramp, then sends one request every 1 / rate', () => {
    const [rate, rampS] = [1000, 10];
    const ramp = rampRequests(rate, rampS);
    expect(ramp).toBe(5000);
    // Half-way through the ramp a quarter of its requests are due (the rate is half the full rate there).
    expect(scheduledOffsetMs(ramp / 4, rate, rampS)).toBeCloseTo(5000, 6);
    expect(scheduledOffsetMs(ramp, rate, rampS)).toBe(10_000);
    expect(scheduledOffsetMs(ramp + 1000, rate, rampS)).toBe(11_000);
    const offsets = Array.from({ length: ramp + 10 }, (_, k) => scheduledOffsetMs(k, rate, rampS));
    expect(offsets.every((t, k) => k === 0 || t > (offsets[k - 1] ?? 0))).toBe(true);
    expect(scheduledOffsetMs(7, rate, 0)).toBe(7);
  });
});

describe('openLoop', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => res.writeHead(req.url === '/fail' ? 500 : 200, { 'content-length': '2' }).end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('tallies the ramp-up apart from the measured requests, each with its own failures', async () => {
    const ok = { name: 'ok', weight: 1, method: 'GET' as const, path: () => '/ok' };
    const mix = [ok];
    const figures = await openLoop({ url, tokens: ['t'], mix, connections: 4, rate: 200, rampS: 1, durationS: 1 });
    expect([figures.rampUp?.sent, figures.rampUp?.completed, figures.sent, figures.completed]).toEqual([100, 100, 200, 200]);
    expect([figures.errors + figures.timeouts + figures.non2xx, figures.p99By.ok !== undefined]).toEqual([0, true]);
    const failing = await openLoop({ url, tokens: ['t'], mix: [{ ...ok, path: () => '/fail' }], connections: 2, rate: 100, durationS: 0.5 });
    expect([failing.rampUp, failing.non2xx]).toEqual([null, 50]);
  });
});
