import { parseArgs } from 'node:util';
import { createDatabase } from '../db/client';
import { loadOpsEnv, type OpsEnv } from '../ops/ops-env';
import { pruneExpired } from '../ops/prune';
import { CliError } from './cli-error';

export const PRUNE_USAGE = 'derma prune';

/** `derma prune`: deletes expired sessions, reset tokens and insight cache entries. */
export async function runPrune(args: string[], out: (text: string) => void, env: OpsEnv): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 0) throw new CliError(`usage: ${PRUNE_USAGE}`, 2);
  const database = createDatabase(env.DATABASE_URL, 1);
  try {
    const counts = await pruneExpired(database.db);
    out(`pruned ${counts.sessions} expired sessions, ${counts.resetTokens} reset tokens, ${counts.insightCache} insight cache entries`);
  } finally {
    await database.close();
  }
}

/** `derma prune` with the environment of this process. */
export function pruneCommand(args: string[], out: (text: string) => void): Promise<void> {
  return runPrune(args, out, loadOpsEnv());
}
