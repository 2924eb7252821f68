import { loadavg } from 'node:os';
import { closedLoop, failures, medianRun, type LoadFigures } from './api-load/closed-loop';
import { meetsGoal, openLoopRuns, P99_GOAL_MS } from './api-load/open-loop-runs';
import { checkSameAnswers, startReference, type Sameness } from './api-load/reference';
import { replicaRuns } from './api-load/replica-runs';
import { SCENARIOS, warmInsights } from './api-load/scenarios';
import type { LoadServerInfo } from './api-load/server-child';
import { startChild } from './lib/child-server';
import { settle } from './lib/process-cpu';
import type { LatencyFigures, OpenLoopFigures } from './lib/open-loop';
import type { BenchOptions } from './lib/reporter';
import { report } from './lib/reporter';
import { fmt } from './lib/stats';

const CHILD = new URL('./api-load/server-child.ts', import.meta.url).pathname;
/** The reads whose throughput must reach the reference's. */
const RATIO_GOALS = new Set(['diagnosis.list', 'diagnosis.latest', 'insights.get (cache hit)']);

const SMOKE = { users: 20, perUser: 10, levels: [10, 50], duration: 1, rounds: 1, open: { connections: 50, rate: 100, rampS: 1, durationS: 2, steps: [150], stepS: 1 }, replicas: { connections: 10, duration: 1, rounds: 1 } };
const FULL = { users: 1000, perUser: 50, levels: [100, 1000], duration: 5, rounds: 3, open: { connections: 1000, rate: 1000, rampS: 30, durationS: 30, steps: [1250, 1500, 2000, 2500], stepS: 10 }, replicas: { connections: 100, duration: 5, rounds: 3 } };

interface Cell {
  api: LoadFigures;
  reference: LoadFigures | null;
}

const ratio = (c: Cell) => (c.reference ? c.api.rps / c.reference.rps : Number.NaN);
const loads = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * The API under closed-loop load (autocannon) at two connection counts beside a raw reference
 * server on the same data, then the KPI run in open loop, then one against two replicas behind
 * nginx. Real MariaDB, a seeded dataset, the API in its own process.
 * `BENCH_API_CPU_PROF=<dir>` writes a CPU profile of the API process there;
 * `BENCH_API_PHASES=closed` (or `closed,open`) runs only those phases.
 */
export async function apiLoad(options: BenchOptions): Promise<void> {
  const plan = options.smoke ? SMOKE : FULL;
  const phases = new Set((process.env.BENCH_API_PHASES ?? 'closed,open,replicas').split(','));
  const loadBefore = loads();
  const profile = process.env.BENCH_API_CPU_PROF;
  const api = await startChild<LoadServerInfo>(CHILD, [String(plan.users), String(plan.perUser)], profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : []);
  const { url, tokens, databaseUrl } = api.info;
  const cells: Cell[] = [];
  const sameness: Record<string, Sameness> = {};
  let open: Awaited<ReturnType<typeof openLoopRuns>>;
  let replicas: { closed: Awaited<ReturnType<typeof replicaRuns>>['closed']; open: OpenLoopFigures | null };
  try {
    await warmInsights(url, tokens);
    const reference = await startReference(databaseUrl);
    try {
      for (const scenario of SCENARIOS.filter((s) => s.reference)) sameness[scenario.name] = await checkSameAnswers(url, reference.info.url, scenario, tokens);
      for (const scenario of phases.has('closed') ? SCENARIOS : []) {
        for (const connections of plan.levels) {
          process.stderr.write(`  ${scenario.name} × ${connections}…\n`);
          const ours: LoadFigures[] = [];
          const theirs: LoadFigures[] = [];
          // A first short run of each is discarded: JIT, pools and the database's caches warm up.
          if (!options.smoke) await closedLoop(url, tokens, scenario, connections, 1, api.pid);
          if (!options.smoke && scenario.reference) await closedLoop(reference.info.url, tokens, scenario, connections, 1, reference.pid);
          for (let round = 0; round < plan.rounds; round++) {
            ours.push(await closedLoop(url, tokens, scenario, connections, plan.duration, api.pid));
            if (scenario.reference) theirs.push(await closedLoop(reference.info.url, tokens, scenario, connections, plan.duration, reference.pid));
          }
          cells.push({ api: medianRun(ours), reference: theirs.length > 0 ? medianRun(theirs) : null });
        }
      }
    } finally {
      await reference.stop();
    }
    // diagnosis.submit emptied the insight caches: the mix reads them warm, as users mostly do.
    await settle(api.pid);
    await warmInsights(url, tokens);
    open = phases.has('open') ? await openLoopRuns(url, tokens, plan.open, api.pid) : { goal: null, steps: [], highest: null };
    // The API child stays up, idle, holding the seeded database the replicas serve.
    replicas = phases.has('replicas') ? await replicaRuns(databaseUrl, tokens, plan.replicas, plan.open) : { closed: [], open: null };
  } finally {
    await api.stop();
  }
  await record(options, plan, { cells, sameness, open, replicas, loadBefore });
}

async function record(options: BenchOptions, plan: typeof FULL, run: { cells: Cell[]; sameness: Record<string, Sameness>; open: Awaited<ReturnType<typeof openLoopRuns>>; replicas: { closed: Awaited<ReturnType<typeof replicaRuns>>['closed']; open: OpenLoopFigures | null }; loadBefore: string }): Promise<void> {
  const { cells, sameness, open, replicas, loadBefore } = run;
  const ratioGoal = (c: Cell) => (RATIO_GOALS.has(c.api.scenario) && c.reference ? (ratio(c) >= 1 ? 'met' : 'missed') : '–');
  const latencyCells = (f: LatencyFigures) => [fmt(f.p50), fmt(f.p90), fmt(f.p99), fmt(f.p999), fmt(f.max), `${f.errors} / ${f.timeouts} / ${f.non2xx}`];
  const runRow = (f: OpenLoopFigures) => [fmt(f.rate), String(f.connections), fmt(f.achievedRps), ...latencyCells(f), Object.entries(f.p99By).map(([k, v]) => `${k.replace(/ \(.*\)/, '')} ${fmt(v)}`).join(', '), meetsGoal(f) ? 'met' : 'missed'];
  // The ramp-up before a run, as its own row: what users arriving at a cold server see.
  const openRows = (f: OpenLoopFigures) => [...(f.rampUp ? [[`0 → ${fmt(f.rate)} over ${f.rampUp.seconds} s (ramp-up, not counted)`, String(f.connections), '–', ...latencyCells(f.rampUp), '–', '–']] : []), runRow(f)];
  const one = replicas.closed[0]?.run.rps ?? Number.NaN;
  await report('api-load', options.smoke, { ...plan, loadBefore, cells, sameness, open, replicas }, [
    {
      title: `API beside the raw reference (Hono + mysql2, same queries and answers), closed loop: ${plan.users} users × ${plan.perUser} diagnoses, median of ${plan.rounds} × ${plan.duration} s, latency ms; load before ${loadBefore} (goal: API ≥ 1.0× reference on list, latest and cached insights)`,
      columns: ['procedure', 'connections', 'API req/s', 'reference req/s', 'API / reference', 'API CPU µs/req', 'reference CPU µs/req', 'API p50', 'API p99', 'reference p99', 'API errors / timeouts / non-2xx', 'goal'],
      rows: cells.map((c) => [c.api.scenario, String(c.api.connections), fmt(c.api.rps), c.reference ? fmt(c.reference.rps) : '–', c.reference ? `${ratio(c).toFixed(2)}×` : '–', fmt(c.api.cpuUs), c.reference ? fmt(c.reference.cpuUs) : '–', fmt(c.api.p50), fmt(c.api.p99), c.reference ? fmt(c.reference.p99) : '–', `${c.api.errors} / ${c.api.timeouts} / ${c.api.non2xx}`, ratioGoal(c)]),
    },
    {
      title: 'The reference answers the same requests with the same JSON, byte for byte in length (checked before the runs, 5 users each)',
      columns: ['procedure', 'answers'],
      rows: Object.entries(sameness).map(([name, same]) => [name, same]),
    },
    {
      title: `Open loop, as users arrive: connections opened first, the rate rising evenly from 0 over ${plan.open.rampS} s (tallied apart), then even; latency from each request's scheduled time; mix list 35 %, latest 25 %, history 15 %, cached insights 20 %, submit 5 % (goal at ${plan.open.rate} req/s × ${plan.open.connections} connections: p99 < ${P99_GOAL_MS} ms, 0 errors / timeouts); highest even rate meeting it: ${open.highest === null ? 'none' : `${fmt(open.highest)} req/s`}`,
      columns: ['offered req/s', 'connections', 'answered req/s', 'p50', 'p90', 'p99', 'p99.9', 'max', 'errors / timeouts / non-2xx', 'p99 by procedure', 'goal'],
      rows: [...(open.goal ? [open.goal] : []), ...open.steps].flatMap(openRows),
    },
    {
      title: `Replicas: ${SCENARIOS[0]?.name} through nginx, ${plan.replicas.connections} connections, median of ${plan.replicas.rounds} × ${plan.replicas.duration} s; the production process (REDIS_URL set: Redis rate limits, sessions read from MariaDB)`,
      columns: ['replicas', 'req/s', 'p50', 'p99', 'errors / timeouts / non-2xx', 'throughput / 1 replica'],
      rows: replicas.closed.map((r) => [String(r.replicas), fmt(r.run.rps), fmt(r.run.p50), fmt(r.run.p99), String(failures(r.run)), `${(r.run.rps / one).toFixed(2)}×`]),
    },
    {
      title: `Open loop through nginx to 2 replicas (same mix and goal as above)`,
      columns: ['offered req/s', 'connections', 'answered req/s', 'p50', 'p90', 'p99', 'p99.9', 'max', 'errors / timeouts / non-2xx', 'p99 by procedure', 'goal'],
      rows: replicas.open ? openRows(replicas.open) : [],
    },
  ]);
}
