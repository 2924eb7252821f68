import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type mysql from 'mysql2/promise';
import type { BackupManifest, SchemaVersion } from './archive-format';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from './archive-format';
import { ArchiveWriter } from './archive-writer';
import { openOpsConnection, serverVersion } from './ops-connection';
import { listPhotos, sha256 } from './photo-files';
import { appliedSchemaVersion } from './schema-version';
import { createTableSql, describeTable, listTables } from './table-catalog';
import { dumpRows } from './table-dump';

export interface BackupOptions {
  /** `mysql://…/database` of the database to back up. */
  url: string;
  /** Root of the stored photos; absent means none. */
  photoDir: string;
  /** Archive to write; replaced only when the backup succeeds. */
  file: string;
  /** Called after each table is written, e.g. for progress output. */
  onTable?: (table: string, rows: number) => Promise<void> | void;
}

async function dumpDatabase(connection: mysql.Connection, writer: ArchiveWriter, createdAt: string, onTable: BackupOptions['onTable']): Promise<SchemaVersion | null> {
  // One snapshot for every table: rows committed while the backup runs are all in or all out.
  await connection.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
  await connection.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
  try {
    const schema = await appliedSchemaVersion(connection);
    await writer.write({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, createdAt, server: await serverVersion(connection), schema });
    for (const name of await listTables(connection)) {
      const table = await describeTable(connection, name);
      await writer.beginTable({ table: name, columns: table.columns, binary: table.binary, createSql: await createTableSql(connection, name) });
      for await (const cells of dumpRows(connection, table)) await writer.write({ r: cells });
      writer.endTable(name);
      await onTable?.(name, writer.tables[name]?.rows ?? 0);
    }
    return schema;
  } finally {
    await connection.query('COMMIT');
  }
}

async function dumpPhotos(photoDir: string, writer: ArchiveWriter): Promise<BackupManifest['photos']> {
  const photos: BackupManifest['photos'] = {};
  for (const path of await listPhotos(photoDir)) {
    const bytes = await readFile(join(photoDir, path)).catch((error: NodeJS.ErrnoException) => {
      // Deleted with its diagnosis since the listing: not part of the backup.
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!bytes) continue;
    photos[path] = { bytes: bytes.length, sha256: sha256(bytes) };
    await writer.write({ photo: path, data: bytes.toString('base64') });
  }
  return photos;
}

/**
 * Writes a consistent logical backup of every table (one REPEATABLE READ snapshot, no mysqldump)
 * and every stored photo into one gzipped archive with a manifest of counts and SHA-256 sums.
 * @example const manifest = await createBackup({ url: env.DATABASE_URL, photoDir: '/data/photos', file: 'derma.backup.gz' });
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const connection = await openOpsConnection(options.url);
  const writer = new ArchiveWriter(options.file);
  try {
    const createdAt = new Date().toISOString();
    const schema = await dumpDatabase(connection, writer, createdAt, options.onTable);
    const photos = await dumpPhotos(options.photoDir, writer);
    const manifest: BackupManifest = { createdAt, schema, tables: writer.tables, photos };
    await writer.write({ manifest });
    await writer.finish();
    return manifest;
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await connection.end();
  }
}
