import { parseArgs } from 'node:util';
import { CorruptArchiveError } from '../ops/archive-format';
import { loadOpsEnv, type OpsEnv } from '../ops/ops-env';
import { restoreBackup, RestoreRefusedError } from '../ops/restore';
import { CliError } from './cli-error';

export const RESTORE_USAGE = 'derma restore <file> [--force] [--photos DIR]';

/** Exit code of a refused restore (data present), distinct from a failure, for scripts. */
export const EXIT_REFUSED = 3;

/**
 * `derma restore`: verifies the archive whole, refuses a non-empty target unless `--force`, then
 * restores every row and photo and checks them against the manifest.
 */
export async function runRestore(args: string[], out: (text: string) => void, env: OpsEnv): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false }, photos: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError(`usage: ${RESTORE_USAGE}`, 2);
  const photoDir = values.photos ?? env.PHOTO_DIR;
  try {
    const summary = await restoreBackup({ url: env.DATABASE_URL, photoDir, file, force: values.force });
    out(`restored ${file}: ${summary.tables} tables, ${summary.rows} rows, ${summary.photos} photos, schema ${summary.schema ?? 'unmanaged'}; counts and checksums verified`);
  } catch (error) {
    if (error instanceof CorruptArchiveError) throw new CliError(`${file}: corrupt archive, nothing changed (${error.message})`);
    if (error instanceof RestoreRefusedError) throw new CliError(`refusing to restore, nothing changed: ${error.message}`, EXIT_REFUSED);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`${file}: no such file`);
    throw new CliError(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `derma restore <file>` with the environment of this process. */
export function restoreCommand(args: string[], out: (text: string) => void): Promise<void> {
  return runRestore(args, out, loadOpsEnv());
}
