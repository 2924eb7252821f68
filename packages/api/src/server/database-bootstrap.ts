import type { DatabaseHandle } from '../db/client';
import type { DatabaseStatus } from '../db/database-status';
import { applyMigrations, ensureDatabase } from '../db/migrate';
import type { Logger } from '../observability/logger';

export interface BootstrapOptions {
  url: string;
  handle: DatabaseHandle;
  status: DatabaseStatus;
  logger: Logger;
  /** Delay between attempts while MySQL is unreachable, in ms. */
  retryMs?: number;
}

/**
 * Creates the database if missing and applies the committed migrations, retrying in the
 * background until MySQL answers; the server serves meanwhile and `status` says why not ready.
 * Returns a function that stops the retries.
 */
export function bootstrapDatabase(options: BootstrapOptions): () => void {
  const { url, handle, status, logger, retryMs = 5_000 } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (): Promise<void> => {
    try {
      await ensureDatabase(url);
      await applyMigrations(handle.db);
      status.markReady();
      logger.info('database ready, migrations applied');
    } catch (error) {
      const reason = error instanceof Error ? error.message || error.name : String(error);
      status.markUnavailable(reason);
      logger.error({ err: error }, `database unavailable, retrying in ${retryMs} ms`);
      if (!stopped) timer = setTimeout(() => void attempt(), retryMs);
    }
  };
  status.markUnavailable('connecting');
  void attempt();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
