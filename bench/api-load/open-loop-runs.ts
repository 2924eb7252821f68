import { openLoop, type OpenLoopFigures } from '../lib/open-loop';
import { settle } from '../lib/process-cpu';
import { MIX } from './scenarios';

/** The KPI: users connected at once, each request on its own schedule. */
export const P99_GOAL_MS = 100;

/** Whether an open-loop run met the KPI: p99 under 100 ms and not one error or timeout. */
export const meetsGoal = (f: OpenLoopFigures) => f.p99 < P99_GOAL_MS && f.errors + f.timeouts + f.non2xx === 0;

/** The goal run (null when the phase was skipped), the higher steps, the highest rate that met the goal. */
export interface OpenLoopResults {
  goal: OpenLoopFigures | null;
  steps: OpenLoopFigures[];
  highest: number | null;
}

/**
 * The goal run (`rate` req/s of the mix over `connections` keep-alive connections, after its
 * ramp-up from 0 over `rampS`: users arriving, as at a server just started), then higher
 * even rates in steps until one misses the goal: the last that met it is the highest even rate.
 * With the server's `pid`, each run starts once the server is idle.
 */
export async function openLoopRuns(url: string, tokens: readonly string[], plan: { connections: number; rate: number; rampS: number; durationS: number; steps: readonly number[]; stepS: number }, pid?: number): Promise<OpenLoopResults> {
  if (pid) await settle(pid);
  process.stderr.write(`  open loop: ${plan.rate} req/s over ${plan.connections} connections, ${plan.rampS} s ramp-up then ${plan.durationS} s…\n`);
  const goal = await openLoop({ url, tokens, mix: MIX, connections: plan.connections, rate: plan.rate, rampS: plan.rampS, durationS: plan.durationS });
  const steps: OpenLoopFigures[] = [];
  let highest = meetsGoal(goal) ? plan.rate : null;
  for (const rate of plan.steps) {
    if (pid) await settle(pid);
    process.stderr.write(`  open loop: ${rate} req/s, ${plan.stepS} s…\n`);
    const run = await openLoop({ url, tokens, mix: MIX, connections: plan.connections, rate, durationS: plan.stepS });
    steps.push(run);
    if (!meetsGoal(run)) break;
    highest = Math.max(highest ?? 0, rate);
  }
  return { goal, steps, highest };
}
