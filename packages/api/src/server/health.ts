import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestSchema, type Health, type HealthCheck } from '@derma/shared';
import { sql } from 'drizzle-orm';
import type { Ollama } from 'ollama';
import type { Database } from '../db/client';
import type { DatabaseStatus } from '../db/database-status';

const CHECK_TIMEOUT_MS = 2_000;

async function timed(check: () => Promise<string | undefined>): Promise<HealthCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    const message = await Promise.race([check(), timeout]);
    return { status: 'ok', latencyMs: Math.round(performance.now() - started), ...(message ? { message } : {}) };
  } catch (error) {
    return { status: 'down', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

export interface HealthDeps {
  db: Database;
  dbStatus: DatabaseStatus;
  ollama: Ollama;
  modelsDir?: string | undefined;
}

/**
 * Checks the database, Ollama and the model files separately. Down when the database is;
 * degraded when only Ollama or the models are missing (on-device diagnosis still works).
 */
export async function checkHealth(deps: HealthDeps, startedAt: number): Promise<Health> {
  const [database, ollama, models] = await Promise.all([
    timed(async () => {
      if (!deps.dbStatus.ready) throw new Error(deps.dbStatus.message ?? 'migrations not applied');
      await deps.db.execute(sql`select 1`);
      return undefined;
    }),
    timed(async () => `version ${(await deps.ollama.version()).version}`),
    timed(async () => {
      if (!deps.modelsDir) throw new Error('MODELS_DIR is not configured');
      const manifest = manifestSchema.parse(JSON.parse(await readFile(join(deps.modelsDir, 'manifest.json'), 'utf8')));
      return `${manifest.models.length} models in the manifest`;
    }),
  ]);
  const status = database.status === 'down' ? 'down' : ollama.status === 'down' || models.status === 'down' ? 'degraded' : 'ok';
  return {
    status,
    timestamp: new Date().toISOString(),
    uptime: Math.round((Date.now() - startedAt) / 1000),
    checks: { database, ollama, models },
  };
}
