import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { createDatabase, type DatabaseHandle } from '../db/client';
import { applyMigrations, ensureDatabase } from '../db/migrate';
import { loadTestSettings } from '../env';

/** The MariaDB server the tests use; override with TEST_MYSQL_URL. */
const SERVER_URL = loadTestSettings().TEST_MYSQL_URL;

export interface TestDatabase extends DatabaseHandle {
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

async function waitForServer(timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await mysql.createConnection({ uri: SERVER_URL, connectTimeout: 2_000 });
      await connection.query('SELECT 1');
      await connection.end();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`MariaDB at ${SERVER_URL} not ready`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Creates a fresh utf8mb4 database named `derma_test_<random>`, migrated, for one suite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  await waitForServer();
  const name = `derma_test_${randomBytes(6).toString('hex')}`;
  const url = `${SERVER_URL.replace(/\/$/, '')}/${name}`;
  await ensureDatabase(url);
  const handle = createDatabase(url, 20);
  await applyMigrations(handle.db);
  return {
    ...handle,
    url,
    name,
    drop: async () => {
      await handle.close();
      const connection = await mysql.createConnection({ uri: SERVER_URL });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}
