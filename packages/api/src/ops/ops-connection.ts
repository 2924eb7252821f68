import type { Readable } from 'node:stream';
import type { Connection as CoreConnection, QueryOptions } from 'mysql2';
import mysql from 'mysql2/promise';

/**
 * One connection for backup, restore and maintenance: UTC session, big numbers as strings, dates
 * as strings, so nothing is converted on its way through JavaScript.
 * @param url `mysql://user:password@host:port/database`
 */
export async function openOpsConnection(url: string): Promise<mysql.Connection> {
  const connection = await mysql.createConnection({
    uri: url,
    charset: 'utf8mb4',
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    connectTimeout: 5_000,
  });
  await connection.query("SET time_zone = '+00:00'");
  return connection;
}

/** Quotes a MySQL identifier. */
export function quoteId(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** The name of the database that a connection uses, or null when none is selected. */
export async function currentDatabase(connection: mysql.Connection): Promise<string | null> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT DATABASE() AS name');
  const name: unknown = rows[0]?.name;
  return typeof name === 'string' ? name : null;
}

/** Version string of the server, e.g. `10.11.19-MariaDB-0+deb12u1` or `8.4.3`. */
export async function serverVersion(connection: mysql.Connection): Promise<string> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT VERSION() AS version');
  return String(rows[0]?.version ?? 'unknown');
}

/**
 * Streams the rows of a query instead of buffering them: the promise wrapper has no stream API,
 * so this goes through the callback connection that it wraps.
 */
export function streamQuery(connection: mysql.Connection, options: QueryOptions): Readable {
  const core = (connection as unknown as { connection?: CoreConnection }).connection;
  if (!core || typeof core.query !== 'function') throw new Error('streamQuery needs a mysql2/promise connection');
  return core.query(options).stream({ highWaterMark: 256 });
}
