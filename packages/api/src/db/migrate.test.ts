import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { loadTestSettings } from '../env';
import { createDatabase } from './client';
import { applyMigrations, ensureDatabase } from './migrate';

const SERVER_URL = loadTestSettings().TEST_MYSQL_URL.replace(/\/$/, '');

describe('applyMigrations', () => {
  it('lets two processes starting together on a fresh database migrate it once, both succeeding', async () => {
    const name = `derma_test_${randomBytes(6).toString('hex')}`;
    const url = `${SERVER_URL}/${name}`;
    await ensureDatabase(url);
    const [a, b] = [createDatabase(url, 4), createDatabase(url, 4)];
    try {
      await Promise.all([applyMigrations(a.db), applyMigrations(b.db)]);
      const [tables] = await a.pool.query<mysql.RowDataPacket[]>('SHOW TABLES');
      expect(tables.map((t) => Object.values(t)[0])).toEqual(expect.arrayContaining(['users', 'sessions', 'diagnoses', 'findings']));
      // Both saw every migration applied: a third run has nothing left to do and still succeeds.
      await applyMigrations(b.db);
    } finally {
      await a.close();
      await b.close();
      const connection = await mysql.createConnection({ uri: SERVER_URL });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    }
  });
});
