import type mysql from 'mysql2/promise';
import type { Cell, TableRecord } from './archive-format';
import { quoteId } from './ops-connection';
import { decodeCell } from './table-dump';

const MAX_BATCH_ROWS = 500;
// Well under max_allowed_packet's default (16 MiB on MariaDB 10.11, 64 MiB on MySQL 8).
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Inserts rows of one table in multi-row INSERTs, values passed as the exact text (or bytes) that
 * the backup read. Call `add` per row and `flush` at the end of the table.
 */
export class TableInserter {
  private rows: (string | Buffer | null)[][] = [];
  private bytes = 0;
  inserted = 0;

  constructor(
    private readonly connection: mysql.Connection,
    private readonly table: TableRecord,
  ) {}

  async add(cells: Cell[]): Promise<void> {
    const values = cells.map(decodeCell);
    this.rows.push(values);
    this.bytes += values.reduce((sum, v) => sum + (v === null ? 4 : v.length * 2 + 3), 0);
    if (this.rows.length >= MAX_BATCH_ROWS || this.bytes >= MAX_BATCH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const columns = this.table.columns.map(quoteId).join(', ');
    await this.connection.query(`INSERT INTO ${quoteId(this.table.table)} (${columns}) VALUES ?`, [this.rows]);
    this.inserted += this.rows.length;
    this.rows = [];
    this.bytes = 0;
  }
}

/**
 * Session settings for a faithful restore: foreign keys checked only at the end (tables arrive
 * in name order), explicit zero ids kept, and UTC for TIMESTAMP columns.
 */
export async function prepareRestoreSession(connection: mysql.Connection): Promise<void> {
  await connection.query('SET SESSION FOREIGN_KEY_CHECKS = 0');
  await connection.query("SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'NO_AUTO_VALUE_ON_ZERO')");
  await connection.query("SET time_zone = '+00:00'");
}

/** Drops every base table of the current database (used by `restore --force`). */
export async function dropAllTables(connection: mysql.Connection, tables: readonly string[]): Promise<void> {
  await connection.query('SET SESSION FOREIGN_KEY_CHECKS = 0');
  for (const name of tables) await connection.query(`DROP TABLE IF EXISTS ${quoteId(name)}`);
}

/** Names of tables of the current database that hold at least one row, ignoring `except`. */
export async function nonEmptyTables(connection: mysql.Connection, tables: readonly string[], except: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of tables) {
    if (except.includes(name)) continue;
    const [rows] = await connection.query<mysql.RowDataPacket[]>(`SELECT 1 FROM ${quoteId(name)} LIMIT 1`);
    if (rows.length > 0) found.push(name);
  }
  return found;
}
