import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createBackup } from '../ops/backup';
import { formatBytes, loadOpsEnv, type OpsEnv } from '../ops/ops-env';
import { CliError } from './cli-error';

export const BACKUP_USAGE = 'derma backup <file> [--photos DIR]';

/**
 * `derma backup`: every table in one snapshot plus the stored photos, into one gzipped archive
 * with a manifest. Testable with an explicit environment.
 */
export async function runBackup(args: string[], out: (text: string) => void, env: OpsEnv): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { photos: { type: 'string' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError(`usage: ${BACKUP_USAGE}`, 2);
  const photoDir = values.photos ?? env.PHOTO_DIR;
  let manifest;
  try {
    manifest = await createBackup({ url: env.DATABASE_URL, photoDir, file });
  } catch (error) {
    throw new CliError(`backup failed, no archive written: ${error instanceof Error ? error.message : String(error)}`);
  }
  const tables = Object.values(manifest.tables);
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  const photos = Object.keys(manifest.photos).length;
  const schema = manifest.schema?.tag ?? 'unmanaged';
  out(`backup written to ${file} (${formatBytes((await stat(file)).size)}): ${tables.length} tables, ${rows} rows, ${photos} photos, schema ${schema}`);
}

/** `derma backup <file>` with the environment of this process. */
export function backupCommand(args: string[], out: (text: string) => void): Promise<void> {
  return runBackup(args, out, loadOpsEnv());
}
