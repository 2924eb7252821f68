import { randomUUID } from 'node:crypto';
import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../db/migrate';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { recreateDatabase } from './backup-dataset.testing';
import { openOpsConnection } from './ops-connection';
import { buildMigrations, migrateTo } from './schema-version';

describe('migrations that move data', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("0002 turns the old '!' password-hash marker of a disabled account into disabled_at", async () => {
    const before = (await buildMigrations()).find((m) => m.tag === '0001_advice_used_photo');
    if (!before) throw new Error('migration 0001 is missing');
    await recreateDatabase(db);
    const connection = await openOpsConnection(db.url);
    try {
      await migrateTo(connection, before);
      const now = new Date();
      const insert = 'INSERT INTO users (id, email, username, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)';
      await connection.query(insert, [randomUUID(), 'off@example.com', 'off', '!$argon2id$v=19$abc', now, now]);
      await connection.query(insert, [randomUUID(), 'on@example.com', 'on', '$argon2id$v=19$def', now, now]);
      await applyMigrations(db.db);
      const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT username, password_hash AS hash, disabled_at AS disabledAt FROM users ORDER BY username');
      expect(rows.map((r) => ({ username: r.username, hash: r.hash, disabled: r.disabledAt !== null }))).toEqual([
        { username: 'off', hash: '$argon2id$v=19$abc', disabled: true },
        { username: 'on', hash: '$argon2id$v=19$def', disabled: false },
      ]);
    } finally {
      await connection.end();
    }
  });
});
