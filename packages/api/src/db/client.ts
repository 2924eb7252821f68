import { drizzle, type MySql2Database } from 'drizzle-orm/mysql2';
import mysql from 'mysql2/promise';
import * as schema from './schema/index';

/** The drizzle client; `$client` is its mysql2 pool (compiled hot queries run on it directly). */
export type Database = MySql2Database<typeof schema> & { $client: mysql.Pool };

export interface DatabaseHandle {
  db: Database;
  pool: mysql.Pool;
  close(): Promise<void>;
}

/**
 * Creates a pooled drizzle client. No connection is made until the first query, so the server can
 * start while MySQL is down; the pool reconnects by itself once it is back.
 * @param url `mysql://user:password@host:port/database`
 */
export function createDatabase(url: string, connectionLimit = 10): DatabaseHandle {
  const pool = mysql.createPool({
    uri: url,
    connectionLimit,
    charset: 'utf8mb4',
    timezone: 'Z',
    dateStrings: false,
    connectTimeout: 5_000,
    enableKeepAlive: true,
    // No stack captured per query (an Error each): driver errors still carry code and message.
    trace: false,
  });
  const db = drizzle({ client: pool, schema, mode: 'default', casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}
