import { startNginx, startReplica } from '@derma/api/testing';
import { openLoop, type OpenLoopFigures } from '../lib/open-loop';
import { closedLoop, medianRun, type LoadFigures } from './closed-loop';
import { MIX, SCENARIOS } from './scenarios';

/** Throughput of the same procedure through nginx with one and with two API replicas. */
export interface ReplicaFigures {
  replicas: number;
  run: LoadFigures;
}

/**
 * Two production API processes (`main.ts`, REDIS_URL set, as behind a load balancer) on the seeded
 * database; nginx in front with one of them, then with both; `rounds` alternating runs each; then
 * the open-loop mix at the goal rate through nginx to both.
 */
export async function replicaRuns(
  databaseUrl: string,
  tokens: readonly string[],
  plan: { connections: number; duration: number; rounds: number },
  open: { connections: number; rate: number; rampS: number; durationS: number },
): Promise<{ closed: ReplicaFigures[]; open: OpenLoopFigures }> {
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: 'redis://127.0.0.1:6379', TRUST_PROXY: 'true', API_RATE_LIMIT: '1000000000' };
  const replicas = await Promise.all([startReplica(env), startReplica(env)]);
  const proxies = [await startNginx(replicas.slice(0, 1).map((r) => r.address), { workers: 2 }), await startNginx(replicas.map((r) => r.address), { workers: 2 })];
  const scenario = SCENARIOS[0];
  if (!scenario) throw new Error('no scenario');
  const runs: LoadFigures[][] = [[], []];
  let mixed: OpenLoopFigures;
  try {
    for (let round = 0; round < plan.rounds; round++) {
      for (const [i, proxy] of proxies.entries()) {
        process.stderr.write(`  ${scenario.name} through nginx, ${i + 1} replica(s) × ${plan.connections}…\n`);
        runs[i]?.push(await closedLoop(proxy.url, tokens, scenario, plan.connections, plan.duration));
      }
    }
    process.stderr.write(`  open loop through nginx, 2 replicas: ${open.rate} req/s over ${open.connections} connections…\n`);
    mixed = await openLoop({ url: proxies[1]?.url ?? '', tokens, mix: MIX, ...open });
  } finally {
    for (const proxy of proxies) await proxy.close();
    await Promise.all(replicas.map((r) => r.close()));
  }
  return { closed: runs.map((r, i) => ({ replicas: i + 1, run: medianRun(r) })), open: mixed };
}
