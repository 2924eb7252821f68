import { fileURLToPath } from 'node:url';
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

/** Applies the committed migrations that the database has not seen yet. */
export async function applyMigrations(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
