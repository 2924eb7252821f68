import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type mysql from 'mysql2/promise';
import { ensureDatabase } from '../db/migrate';
import type { VerifiedArchive } from './archive-verify';
import { verifyArchive } from './archive-verify';
import { openOpsConnection } from './ops-connection';
import { listPhotos, movePhotosIntoPlace, STAGING_PREFIX } from './photo-files';
import { loadArchive } from './restore-load';
import { assertKnownVersion, migrateTo, MIGRATIONS_TABLE } from './schema-version';
import { listTables } from './table-catalog';
import { dropAllTables, nonEmptyTables, prepareRestoreSession } from './table-restore';

export interface RestoreOptions {
  url: string;
  photoDir: string;
  file: string;
  /** Replace a database that holds data and photos that already exist. */
  force?: boolean;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  photos: number;
  schema: string | null;
}

/** The target holds data and `--force` was not given; nothing was changed. */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
}

async function assertRestorable(connection: mysql.Connection, options: RestoreOptions): Promise<string[]> {
  const existing = await listTables(connection);
  if (options.force) return existing;
  const withRows = await nonEmptyTables(connection, existing, [MIGRATIONS_TABLE]);
  if (withRows.length > 0) throw new RestoreRefusedError(`the database is not empty (rows in ${withRows.join(', ')}); restore into an empty database or pass --force to replace it`);
  const photos = await listPhotos(options.photoDir);
  if (photos.length > 0) throw new RestoreRefusedError(`${options.photoDir} already holds ${photos.length} files; restore into an empty photo directory or pass --force`);
  return existing;
}

async function createSchema(connection: mysql.Connection, archive: VerifiedArchive, existing: string[]): Promise<void> {
  await dropAllTables(connection, existing);
  if (archive.header.schema) await migrateTo(connection, archive.header.schema);
  const present = new Set(await listTables(connection));
  // Tables the migrations do not create (added by hand) come back from their own DDL.
  for (const table of archive.tables) if (!present.has(table.table)) await connection.query(table.createSql);
}

/**
 * Restores an archive made by `createBackup`: verifies it whole first (a corrupt archive changes
 * nothing), refuses a database with rows or a photo directory with files unless `force`, then
 * recreates the schema at the archive's migration, loads every row in one transaction, checks
 * every table's count and SHA-256 again before committing, and puts the photos in place.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const archive = await verifyArchive(options.file);
  if (archive.header.schema) await assertKnownVersion(archive.header.schema);
  await ensureDatabase(options.url);
  const connection = await openOpsConnection(options.url);
  const staging = join(options.photoDir, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  try {
    const existing = await assertRestorable(connection, options);
    let rows: number;
    try {
      await createSchema(connection, archive, existing);
      await prepareRestoreSession(connection);
      await mkdir(staging, { recursive: true, mode: 0o750 });
      rows = await loadArchive(connection, options.file, archive, staging);
    } catch (error) {
      // DDL cannot be rolled back: leave the database empty rather than half restored.
      await dropAllTables(connection, await listTables(connection));
      throw error;
    }
    await movePhotosIntoPlace(staging, options.photoDir, Object.keys(archive.manifest.photos));
    const schema = archive.header.schema;
    return { tables: archive.tables.length, rows, photos: Object.keys(archive.manifest.photos).length, schema: schema ? (schema.tag ?? String(schema.when)) : null };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await connection.end();
  }
}
