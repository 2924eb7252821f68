import { CliError } from './cli-error';
import { DIAGNOSE_USAGE, diagnoseCommand } from './diagnose-command';
import { MODELS_USAGE, modelsCommand } from './models-command';
import { BACKUP_USAGE, backupCommand } from './backup-command';
import { HEALTH_USAGE, healthCommand } from './health-command';
import { MIGRATE_USAGE, migrateCommand } from './migrate-command';
import { PRUNE_USAGE, pruneCommand } from './prune-command';
import { RESTORE_USAGE, restoreCommand } from './restore-command';
import { USER_USAGE, userCommand } from './user-command';

const USAGE = [
  'usage:',
  ...[DIAGNOSE_USAGE, ...MODELS_USAGE, MIGRATE_USAGE, ...USER_USAGE, HEALTH_USAGE, BACKUP_USAGE, RESTORE_USAGE, PRUNE_USAGE].map((u) => `  ${u}`),
].join('\n');

const commands: Record<string, (args: string[], out: (text: string) => void) => Promise<void>> = {
  diagnose: diagnoseCommand,
  models: modelsCommand,
  migrate: migrateCommand,
  user: userCommand,
  health: healthCommand,
  backup: backupCommand,
  restore: restoreCommand,
  prune: pruneCommand,
};

/** Entry point of `npm run derma -- …` (and `derma` in the image); returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const out = (text: string): void => {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${name && name !== 'help' && name !== '--help' ? `derma: unknown command "${name}"\n` : ''}${USAGE}\n`);
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    await command(rest, out);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`derma: ${error.message}\n`);
      return error.exitCode;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`derma: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`derma: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
