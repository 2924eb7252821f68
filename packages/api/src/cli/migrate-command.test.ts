import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTestSettings } from '../env';
import { latestMigrationTag } from '../ops/schema-version';
import { runMigrate } from './migrate-command';

describe('derma migrate', () => {
  const server = loadTestSettings().TEST_MYSQL_URL.replace(/\/$/, '');
  const name = `derma_test_migrate_${randomBytes(4).toString('hex')}`;
  const env = { DATABASE_URL: `${server}/${name}`, OLLAMA_HOST: 'http://127.0.0.1:1', MODELS_DIR: undefined, PHOTO_DIR: './unused' };
  const lines: string[] = [];
  const out = (text: string): void => void lines.push(text);

  afterAll(async () => {
    const connection = await mysql.createConnection({ uri: server });
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.end();
  });

  it('creates a missing database and applies every migration', async () => {
    await runMigrate([], out, env);
    expect(lines.pop()).toBe(`migrated from none to ${await latestMigrationTag()}`);
  });

  it('says the database is up to date when run again', async () => {
    await runMigrate([], out, env);
    expect(lines.pop()).toBe(`database is up to date at ${await latestMigrationTag()}`);
  });
});
