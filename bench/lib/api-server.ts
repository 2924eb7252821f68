import { createApp } from '@derma/api';
import type { AppDeps } from '@derma/api';
import { createTestDatabase, createTestDeps, startTestServer, type TestDatabase } from '@derma/api/testing';

/** A served API on a fresh, migrated MariaDB database (dropped by `close`). */
export interface BenchApi {
  url: string;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * Starts the real app (createApp) on 127.0.0.1 with the test dependencies: a fresh database on
 * TEST_MYSQL_URL (default mysql://root@127.0.0.1:3306), silent logs, a closed Ollama port.
 * `extra` adds static directories, the inference pool, or lifts the API rate limit (load test).
 */
export async function startBenchApi(extra: Partial<Pick<AppDeps, 'staticDir' | 'modelsDir' | 'inference'>> & { rateLimit?: number } = {}): Promise<BenchApi> {
  const db = await createTestDatabase();
  const config = extra.rateLimit ? { apiRateLimit: extra.rateLimit } : {};
  const deps = createTestDeps(db.db, { config, ...(extra.inference ? { inference: extra.inference } : {}) });
  const app = createApp({ ...deps, staticDir: extra.staticDir, modelsDir: extra.modelsDir });
  const server = await startTestServer(app);
  return {
    url: server.url,
    db,
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}
