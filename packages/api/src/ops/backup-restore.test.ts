import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { CorruptArchiveError } from './archive-format';
import { verifyArchive } from './archive-verify';
import { ArchiveWriter } from './archive-writer';
import { createBackup } from './backup';
import { PROBE_TABLE, recreateDatabase, seedBackupDataset, snapshot } from './backup-dataset.testing';
import { openOpsConnection, quoteId } from './ops-connection';
import { restoreBackup, RestoreRefusedError } from './restore';
import { latestMigrationTag } from './schema-version';

describe('backup and restore on MariaDB', () => {
  let db: TestDatabase;
  let dir: string;
  let photoDir: string;
  let archive: string;
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'derma-backup-'));
    photoDir = join(dir, 'photos');
    archive = join(dir, 'derma.backup.gz');
    const connection = await openOpsConnection(db.url);
    await seedBackupDataset(connection, photoDir);
    await connection.end();
    before = await snapshot(db.url, photoDir);
    await createBackup({ url: db.url, photoDir, file: archive });
  });

  afterAll(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a manifest with the schema version, row counts and checksums', async () => {
    const restored = await createBackup({ url: db.url, photoDir, file: join(dir, 'again.gz') });
    expect(restored.schema?.tag).toBe(await latestMigrationTag());
    expect(restored.tables.diagnoses?.rows).toBe(200);
    expect(restored.tables.findings?.rows).toBe(600);
    expect(restored.tables.users?.rows).toBe(3);
    expect(Object.keys(restored.photos)).toHaveLength(40);
  });

  it('reads every table from one snapshot: rows committed during the backup are not in it', async () => {
    const writer = await openOpsConnection(db.url);
    const manifest = await createBackup({
      url: db.url,
      photoDir,
      file: join(dir, 'during.gz'),
      onTable: async (table) => {
        // After `advice` is written, before `diagnoses`, `findings` and `users` are read.
        if (table !== 'advice') return;
        await writer.query("INSERT INTO users (id, email, username, password_hash, created_at, updated_at) VALUES ('late-user', 'late@example.com', 'late', 'x', NOW(3), NOW(3))");
        await writer.query("INSERT INTO diagnoses SELECT 'late-diagnosis', 'late-user', client_id, total_score, location, backend, models, meta, NULL, created_at FROM diagnoses LIMIT 1");
      },
    });
    await writer.query("DELETE FROM users WHERE id = 'late-user'");
    await writer.end();
    expect([manifest.tables.users?.rows, manifest.tables.diagnoses?.rows]).toEqual([3, 200]);
  });

  it('refuses to restore into a database that holds rows, changing nothing', async () => {
    await expect(restoreBackup({ url: db.url, photoDir, file: archive })).rejects.toThrow(RestoreRefusedError);
    expect(await snapshot(db.url, photoDir)).toEqual(before);
  });

  it('refuses a corrupt archive before changing anything', async () => {
    const empty = await createTestDatabase();
    const emptyPhotos = join(dir, 'empty-photos');
    try {
      const bytes = await readFile(archive);
      const flipped = Buffer.from(bytes);
      const middle = Math.floor(bytes.length / 2);
      flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
      await writeFile(join(dir, 'flipped.gz'), flipped);
      // A well-formed archive whose rows were edited: only the checksums can tell.
      const edited = gunzipSync(bytes).toString('utf8').replace('"사용자1"', '"intruder"');
      await writeFile(join(dir, 'edited.gz'), gzipSync(edited));
      const tablesBefore = await snapshot(empty.url, emptyPhotos);
      for (const file of ['flipped.gz', 'edited.gz']) {
        await expect(restoreBackup({ url: empty.url, photoDir: emptyPhotos, file: join(dir, file) })).rejects.toThrow(CorruptArchiveError);
      }
      expect(await snapshot(empty.url, emptyPhotos)).toEqual(tablesBefore);
    } finally {
      await empty.drop();
    }
  });

  it('leaves the database empty when rows do not fit the recreated schema', async () => {
    const empty = await createTestDatabase();
    const file = join(dir, 'misfit.gz');
    try {
      const header = (await verifyArchive(archive)).header;
      const writer = new ArchiveWriter(file);
      await writer.write(header);
      await writer.beginTable({ table: 'users', columns: ['id', 'no_such_column'], binary: [false, false], createSql: '' });
      await writer.write({ r: ['u1', 'x'] });
      writer.endTable('users');
      await writer.write({ manifest: { createdAt: header.createdAt, schema: header.schema, tables: writer.tables, photos: {} } });
      await writer.finish();
      await expect(restoreBackup({ url: empty.url, photoDir: join(dir, 'misfit-photos'), file })).rejects.toThrow(/no_such_column/);
      expect(Object.keys((await snapshot(empty.url, join(dir, 'misfit-photos'))).tables)).toEqual([]);
    } finally {
      await empty.drop();
    }
  });

  it('restores every row and photo identically after the database and photos are dropped', async () => {
    await recreateDatabase(db);
    await rm(photoDir, { recursive: true, force: true });
    const summary = await restoreBackup({ url: db.url, photoDir, file: archive });
    expect(summary).toMatchObject({ photos: 40, schema: await latestMigrationTag() });
    expect(await snapshot(db.url, photoDir)).toEqual(before);
  });

  it('keeps JSON, datetime(3), binary, bit, decimal, double, bigint and NULL values exactly', async () => {
    const connection = await openOpsConnection(db.url);
    const [rows] = await connection.query<mysql.RowDataPacket[]>(
      `SELECT id, JSON_UNQUOTE(JSON_EXTRACT(doc, '$.ko')) AS ko, at, stamp, HEX(bin) AS bin, HEX(blob_value) AS blobValue, flags + 0 AS flags,
              ratio, amount, big, note FROM ${quoteId(PROBE_TABLE)} ORDER BY id`,
    );
    await connection.end();
    expect(rows.map((r) => r.id)).toEqual([0, 7, 8]);
    expect(rows[0]).toMatchObject({ ko: '여드름 😀', at: '2025-03-01 12:34:56.789', stamp: '2025-03-01 12:34:56.001', bin: '00FF10', blobValue: 'DEADBEEF00', flags: '2563' });
    expect(rows[0]).toMatchObject({ ratio: 0.30000000000000004, amount: '12345678901234.123456', big: '18446744073709551615', note: "line\nbreak 'quote' \\ back" });
    expect(Object.values(rows[1] ?? {}).filter((v) => v !== null)).toEqual([7]);
    expect(rows[2]).toMatchObject({ bin: '', ratio: 5e-324, amount: '-0.000001', stamp: '2038-01-19 03:14:07.999' });
  });
});
