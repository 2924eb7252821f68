import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type mysql from 'mysql2/promise';
import { CorruptArchiveError, type TableRecord } from './archive-format';
import { readArchive } from './archive-reader';
import type { VerifiedArchive } from './archive-verify';
import { quoteId } from './ops-connection';
import { sha256 } from './photo-files';
import { describeTable } from './table-catalog';
import { dumpRows } from './table-dump';
import { TableInserter } from './table-restore';

/** Reads a table back inside the restore transaction and compares it with the manifest. */
async function checkTable(connection: mysql.Connection, table: TableRecord, expected: { rows: number; sha256: string }): Promise<void> {
  const { orderBy } = await describeTable(connection, table.table);
  const hash = createHash('sha256');
  let rows = 0;
  for await (const cells of dumpRows(connection, { name: table.table, columns: table.columns, binary: table.binary, orderBy })) {
    hash.update(`${JSON.stringify({ r: cells })}\n`);
    rows++;
  }
  if (rows !== expected.rows || hash.digest('hex') !== expected.sha256) {
    throw new Error(`table ${table.table} reads back ${rows} rows that do not match the archive (${expected.rows} rows); nothing was committed`);
  }
}

/**
 * Second pass over a verified archive: inserts every row in one transaction, stages photos under
 * `staging`, re-reads every table and commits only when all match. Returns the row count.
 */
export async function loadArchive(connection: mysql.Connection, file: string, archive: VerifiedArchive, staging: string): Promise<number> {
  await connection.query('START TRANSACTION');
  try {
    for (const table of archive.tables) await connection.query(`DELETE FROM ${quoteId(table.table)}`);
    let inserter: TableInserter | null = null;
    let rows = 0;
    for await (const { record } of readArchive(file)) {
      if ('table' in record || 'photo' in record || 'manifest' in record) {
        await inserter?.flush();
        rows += inserter?.inserted ?? 0;
        inserter = 'table' in record ? new TableInserter(connection, record) : null;
      }
      if ('r' in record) {
        if (!inserter) throw new CorruptArchiveError('a row outside any table');
        await inserter.add(record.r);
      } else if ('photo' in record) {
        const bytes = Buffer.from(record.data, 'base64');
        if (sha256(bytes) !== archive.manifest.photos[record.photo]?.sha256) throw new CorruptArchiveError(`photo ${record.photo} changed since it was verified`);
        const target = join(staging, record.photo);
        await mkdir(dirname(target), { recursive: true, mode: 0o750 });
        await writeFile(target, bytes, { mode: 0o640 });
      }
    }
    for (const table of archive.tables) {
      const expected = archive.manifest.tables[table.table];
      if (!expected) throw new CorruptArchiveError(`table ${table.table} is not in the manifest`);
      await checkTable(connection, table, expected);
    }
    await connection.query('COMMIT');
    return rows;
  } catch (error) {
    await connection.query('ROLLBACK');
    throw error;
  }
}
