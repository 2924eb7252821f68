import type mysql from 'mysql2/promise';
import { quoteId } from './ops-connection';

/** What a backup needs to know about one table. */
export interface TableInfo {
  name: string;
  /** Stored (not generated) columns, in table order. */
  columns: string[];
  binary: boolean[];
  /** Primary key columns, or every column when the table has none: the dump's stable order. */
  orderBy: string[];
}

// Types whose values are bytes, not text; everything else travels as the server's own text.
const BINARY_TYPES = new Set(['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob', 'bit']);

/** The base tables of the current database, sorted by name. */
export async function listTables(connection: mysql.Connection): Promise<string[]> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
  );
  return rows.map((row) => String(row.name));
}

/** Columns, binary flags and dump order of one table of the current database. */
export async function describeTable(connection: mysql.Connection, name: string): Promise<TableInfo> {
  const [columns] = await connection.query<mysql.RowDataPacket[]>(
    `SELECT COLUMN_NAME AS name, DATA_TYPE AS type, COLUMN_KEY AS columnKey
       FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COALESCE(GENERATION_EXPRESSION, '') = ''
      ORDER BY ORDINAL_POSITION`,
    [name],
  );
  const [keys] = await connection.query<mysql.RowDataPacket[]>(
    `SELECT COLUMN_NAME AS name FROM information_schema.KEY_COLUMN_USAGE
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY'
      ORDER BY ORDINAL_POSITION`,
    [name],
  );
  const names = columns.map((c) => String(c.name));
  const primaryKey = keys.map((k) => String(k.name));
  return {
    name,
    columns: names,
    binary: columns.map((c) => BINARY_TYPES.has(String(c.type).toLowerCase())),
    orderBy: primaryKey.length > 0 ? primaryKey : names,
  };
}

/** `SHOW CREATE TABLE` of one table. */
export async function createTableSql(connection: mysql.Connection, name: string): Promise<string> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>(`SHOW CREATE TABLE ${quoteId(name)}`);
  const statement: unknown = rows[0]?.['Create Table'];
  if (typeof statement !== 'string') throw new Error(`SHOW CREATE TABLE ${name} returned nothing`);
  return statement;
}
