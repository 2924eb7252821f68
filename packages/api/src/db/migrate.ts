import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import mysql from 'mysql2/promise';
import type { Database } from './client';

/** The committed drizzle-kit migrations of this package. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Splits a MySQL URL into the server URL (no database) and the database name. */
export function splitDatabaseUrl(url: string): { serverUrl: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_$]{1,64}$/.test(database)) throw new Error(`DATABASE_URL: invalid database name "${database}"`);
  parsed.pathname = '/';
  return { serverUrl: parsed.toString(), database };
}

/**
 * Creates the database named in `url` when it does not exist, in utf8mb4.
 * Throws when the server cannot be reached.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const { serverUrl, database } = splitDatabaseUrl(url);
  const connection = await mysql.createConnection({ uri: serverUrl, connectTimeout: 5_000 });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

/**
 * Applies the committed migrations that the database has not seen yet. Replicas starting together
 * take turns: each migrates under a named lock of this database, so the second finds nothing to do.
 */
export async function applyMigrations(db: Database, lockTimeoutS = 120): Promise<void> {
  const connection = await db.$client.getConnection();
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SELECT GET_LOCK(CONCAT('derma_migrate:', DATABASE()), ?) AS got", [lockTimeoutS]);
    if (rows[0]?.got !== 1) throw new Error(`another process held the migration lock for ${lockTimeoutS} s`);
    try {
      // On the connection that holds the lock: a pool of one connection must not wait for itself.
      await migrate(drizzle({ client: connection }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await connection.query("SELECT RELEASE_LOCK(CONCAT('derma_migrate:', DATABASE()))");
    }
  } finally {
    connection.release();
  }
}
