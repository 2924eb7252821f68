import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../db/migrate';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createBackup } from './backup';
import { recreateDatabase } from './backup-dataset.testing';
import { openOpsConnection } from './ops-connection';
import { restoreBackup } from './restore';
import type { SchemaVersion } from './archive-format';
import { appliedSchemaVersion, buildMigrations, latestMigrationTag, migrateTo } from './schema-version';

async function columnsOf(connection: mysql.Connection, table: string): Promise<string[]> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>(
    'SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
    [table],
  );
  return rows.map((r) => String(r.name));
}

describe('restoring an archive made by an older build', () => {
  let db: TestDatabase;
  let dir: string;
  let first: SchemaVersion;

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'derma-old-backup-'));
    const migrations = await buildMigrations();
    const entry = migrations[0];
    if (!entry || migrations.length < 2) throw new Error('this test needs at least two migrations');
    first = entry;
  });
  afterAll(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('recreates the archive at its own migration, and a later migrate brings it up to date', async () => {
    // A database as the first migration left it, with one user.
    await recreateDatabase(db);
    const old = await openOpsConnection(db.url);
    await migrateTo(old, first);
    const now = new Date();
    const userId = randomUUID();
    await old.query('INSERT INTO users (id, email, username, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [userId, 'old@example.com', 'old_user', 'x', now, now]);
    await old.end();
    const archive = join(dir, 'old.backup.gz');
    expect((await createBackup({ url: db.url, photoDir: join(dir, 'none'), file: archive })).schema?.tag).toBe(first.tag);

    await recreateDatabase(db);
    const summary = await restoreBackup({ url: db.url, photoDir: join(dir, 'photos'), file: archive });
    expect(summary.schema).toBe(first.tag);
    const restored = await openOpsConnection(db.url);
    try {
      expect(await columnsOf(restored, 'advice')).not.toContain('used_photo');
      await applyMigrations(db.db);
      expect(await columnsOf(restored, 'advice')).toContain('used_photo');
      expect((await appliedSchemaVersion(restored))?.tag).toBe(await latestMigrationTag());
      const [users] = await restored.query<mysql.RowDataPacket[]>('SELECT email FROM users');
      expect(users.map((u) => u.email)).toEqual(['old@example.com']);
    } finally {
      await restored.end();
    }
  });
});
