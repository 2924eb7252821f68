import { parseArgs } from 'node:util';
import { createDatabase } from '../db/client';
import { applyMigrations, ensureDatabase } from '../db/migrate';
import { openOpsConnection } from '../ops/ops-connection';
import { loadOpsEnv, type OpsEnv } from '../ops/ops-env';
import { appliedSchemaVersion } from '../ops/schema-version';
import { CliError } from './cli-error';

export const MIGRATE_USAGE = 'derma migrate';

async function schemaTag(url: string): Promise<string> {
  const connection = await openOpsConnection(url);
  try {
    const version = await appliedSchemaVersion(connection);
    return version ? (version.tag ?? String(version.when)) : 'none';
  } finally {
    await connection.end();
  }
}

/** `derma migrate`: creates the database if missing and applies the committed migrations. */
export async function runMigrate(args: string[], out: (text: string) => void, env: OpsEnv): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 0) throw new CliError(`usage: ${MIGRATE_USAGE}`, 2);
  await ensureDatabase(env.DATABASE_URL);
  const before = await schemaTag(env.DATABASE_URL);
  const database = createDatabase(env.DATABASE_URL, 1);
  try {
    await applyMigrations(database.db);
  } finally {
    await database.close();
  }
  const after = await schemaTag(env.DATABASE_URL);
  out(before === after ? `database is up to date at ${after}` : `migrated from ${before} to ${after}`);
}

/** `derma migrate` with the environment of this process. */
export function migrateCommand(args: string[], out: (text: string) => void): Promise<void> {
  return runMigrate(args, out, loadOpsEnv());
}
