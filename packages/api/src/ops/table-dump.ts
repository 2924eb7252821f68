import type mysql from 'mysql2/promise';
import type { Cell } from './archive-format';
import { quoteId, streamQuery } from './ops-connection';
import type { TableInfo } from './table-catalog';

// Every value as the raw bytes of the text protocol: the server's own text of numbers, dates and
// JSON, so a restore writes back exactly what was read, on MariaDB and MySQL alike.
const rawBytes = (field: { buffer(): Buffer | null }): Buffer | null => field.buffer();

/** Encodes one value of the text protocol: text as a string, bytes as base64, NULL as null. */
export function encodeCell(value: Buffer | null, binary: boolean): Cell {
  if (value === null) return null;
  return binary ? { b64: value.toString('base64') } : value.toString('utf8');
}

/** Decodes a cell back into a query parameter. */
export function decodeCell(cell: Cell): string | Buffer | null {
  if (cell === null || typeof cell === 'string') return cell;
  return Buffer.from(cell.b64, 'base64');
}

/**
 * Streams the rows of a table in primary-key order as encoded cells, within whatever transaction
 * the connection is in (the backup's snapshot, or the restore's own transaction when verifying).
 */
export async function* dumpRows(connection: mysql.Connection, table: TableInfo): AsyncGenerator<Cell[]> {
  const columns = table.columns.map(quoteId).join(', ');
  const order = table.orderBy.map(quoteId).join(', ');
  const rows = streamQuery(connection, {
    sql: `SELECT ${columns} FROM ${quoteId(table.name)} ORDER BY ${order}`,
    rowsAsArray: true,
    typeCast: rawBytes,
  });
  for await (const row of rows as AsyncIterable<(Buffer | null)[]>) {
    yield row.map((value, i) => encodeCell(value, table.binary[i] ?? false));
  }
}
