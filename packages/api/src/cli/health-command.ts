import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Health } from '@derma/shared';
import { Ollama } from 'ollama';
import { createDatabase } from '../db/client';
import { DatabaseStatus } from '../db/database-status';
import { DEFAULT_MANIFEST_PATH } from '../inference/manifest-file';
import { loadOpsEnv, type OpsEnv } from '../ops/ops-env';
import { checkHealth } from '../server/health';
import { CliError } from './cli-error';

export const HEALTH_USAGE = 'derma health [--json] [--strict]';

/** Exit codes: 0 ok (or degraded without --strict), 1 down, 4 degraded with --strict. */
export const EXIT_DOWN = 1;
export const EXIT_DEGRADED = 4;

function describe(health: Health): string[] {
  return [
    `status: ${health.status}`,
    ...Object.entries(health.checks).map(([name, check]) => `  ${name.padEnd(9)} ${check.status.padEnd(5)} ${check.latencyMs === undefined ? '' : `${check.latencyMs} ms `}${check.message ?? ''}`.trimEnd()),
  ];
}

/** `derma health`: the same checks as `/health`, run from this process, with an exit code for scripts. */
export async function runHealth(args: string[], out: (text: string) => void, env: OpsEnv): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false } } });
  const database = createDatabase(env.DATABASE_URL, 1);
  let health: Health;
  try {
    const modelsDir = env.MODELS_DIR ?? dirname(DEFAULT_MANIFEST_PATH);
    health = await checkHealth({ db: database.db, dbStatus: new DatabaseStatus(true), ollama: new Ollama({ host: env.OLLAMA_HOST }), modelsDir }, Date.now());
  } finally {
    await database.close();
  }
  out(values.json ? JSON.stringify(health, null, 2) : describe(health).join('\n'));
  if (health.status === 'down') throw new CliError('the service is down', EXIT_DOWN);
  if (health.status === 'degraded' && values.strict) throw new CliError('the service is degraded', EXIT_DEGRADED);
}

/** `derma health` with the environment of this process. */
export function healthCommand(args: string[], out: (text: string) => void): Promise<void> {
  return runHealth(args, out, loadOpsEnv());
}
