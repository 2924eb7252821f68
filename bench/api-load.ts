import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { Scenario } from './api-load/scenarios';
import { SCENARIOS, warmInsights } from './api-load/scenarios';
import type { LoadServerInfo } from './api-load/server-child';
import type { BenchOptions } from './lib/reporter';
import { report } from './lib/reporter';
import { fmt } from './lib/stats';

const CHILD = new URL('./api-load/server-child.ts', import.meta.url).pathname;

interface LoadFigures {
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
}

async function load(url: string, tokens: readonly string[], scenario: Scenario, connections: number, duration: number): Promise<LoadFigures> {
  let next = 0;
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
  return { scenario: scenario.name, read: scenario.read, connections, requests: requests.total, rps: requests.average, rpsStddev: requests.stddev, p50: latency.p50, p90: latency.p90, p99: latency.p99, max: latency.max, errors: result.errors, non2xx: result.non2xx, timeouts: result.timeouts };
}

/** Starts the API in a child process on a seeded database; resolves once it is serving. */
async function startServer(users: number, perUser: number): Promise<{ info: LoadServerInfo; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(users), String(perUser)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the API server exited with code ${code}`)));
  });
  const stop = () => new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.stdin.end();
  });
  return { info: JSON.parse(line) as LoadServerInfo, stop };
}

/** The API under autocannon at two connection counts, against real MariaDB and a seeded dataset. */
export async function apiLoad(options: BenchOptions): Promise<void> {
  const [users, perUser] = options.smoke ? [20, 10] : [1000, 50];
  const levels = options.smoke ? [10, 50] : [100, 1000];
  const duration = options.smoke ? 1 : 10;
  const { info, stop } = await startServer(users, perUser);
  const figures: LoadFigures[] = [];
  try {
    await warmInsights(info.url, info.tokens);
    for (const scenario of SCENARIOS) {
      for (const connections of levels) {
        process.stderr.write(`  ${scenario.name} × ${connections}…\n`);
        figures.push(await load(info.url, info.tokens, scenario, connections, duration));
      }
    }
  } finally {
    await stop();
  }
  const failed = (f: LoadFigures) => f.errors + f.timeouts + f.non2xx;
  const goal = (f: LoadFigures) => (f.read && f.connections === levels[1] ? (f.p99 < 100 && failed(f) === 0 ? 'met' : 'missed') : '–');
  await report('api-load', options.smoke, { users, perUser, duration, figures, seedMs: info.seedMs }, [
    {
      title: `API under load: ${users} users × ${perUser} diagnoses, ${duration} s per cell, latency ms (goal for reads at ${levels[1]} connections: p99 < 100 ms, 0 errors)`,
      columns: ['procedure', 'connections', 'req/s (± sd)', 'p50', 'p90', 'p99', 'max', 'errors / timeouts / non-2xx', 'goal'],
      rows: figures.map((f) => [f.scenario, String(f.connections), `${fmt(f.rps)} ± ${fmt(f.rpsStddev)}`, fmt(f.p50), fmt(f.p90), fmt(f.p99), fmt(f.max), `${f.errors} / ${f.timeouts} / ${f.non2xx}`, goal(f)]),
    },
  ]);
}
