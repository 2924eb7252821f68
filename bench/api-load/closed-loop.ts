import autocannon from 'autocannon';
import { processCpuMs, settle } from '../lib/process-cpu';
import type { Scenario } from './scenarios';

/** One closed-loop cell: `connections` clients each sending its next request once answered. */
export interface LoadFigures {
  scenario: string;
  read: boolean;
  connections: number;
  requests: number;
  rps: number;
  rpsStddev: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** CPU time of the server process per answered request, µs (NaN when not measured). */
  cpuUs: number;
}

/**
 * Runs autocannon against `url` for `duration` seconds, rotating the bearer tokens per request;
 * with the server's `pid`, first waits for it to be idle, and measures its CPU time per request.
 */
export async function closedLoop(url: string, tokens: readonly string[], scenario: Scenario, connections: number, duration: number, pid?: number): Promise<LoadFigures> {
  let next = 0;
  if (pid) await settle(pid);
  const cpuBefore = pid ? processCpuMs(pid) : Number.NaN;
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    requests: [
      {
        method: scenario.method,
        setupRequest: (req) => {
          const token = tokens[next++ % tokens.length] ?? '';
          const body = scenario.body?.();
          return { ...req, path: scenario.path(), headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body } : {}) };
        },
      },
    ],
  });
  const { latency, requests } = result;
  const cpuUs = ((processCpuMs(pid ?? 0) - cpuBefore) * 1000) / requests.total;
  return { scenario: scenario.name, read: scenario.read, connections, requests: requests.total, rps: requests.average, rpsStddev: requests.stddev, p50: latency.p50, p90: latency.p90, p99: latency.p99, max: latency.max, errors: result.errors, non2xx: result.non2xx, timeouts: result.timeouts, cpuUs };
}

/** The run with the median throughput of several (same cell, repeated). */
export function medianRun(runs: readonly LoadFigures[]): LoadFigures {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no runs');
  return median;
}

/** Errors, timeouts and non-2xx answers of a cell together. */
export const failures = (f: Pick<LoadFigures, 'errors' | 'timeouts' | 'non2xx'>) => f.errors + f.timeouts + f.non2xx;
