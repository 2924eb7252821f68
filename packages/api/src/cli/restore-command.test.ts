import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema/index';
import type { OpsEnv } from '../ops/ops-env';
import { latestMigrationTag } from '../ops/schema-version';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { runBackup } from './backup-command';
import { EXIT_REFUSED, runRestore } from './restore-command';

describe('derma backup and derma restore', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;
  let archive: string;
  const lines: string[] = [];
  const out = (text: string): void => void lines.push(text);
  const envOf = (db: TestDatabase, photos: string): OpsEnv => ({ DATABASE_URL: db.url, OLLAMA_HOST: 'http://127.0.0.1:1', MODELS_DIR: undefined, PHOTO_DIR: photos });

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    dir = await mkdtemp(join(tmpdir(), 'derma-restore-cli-'));
    const userId = randomUUID();
    const now = new Date();
    await source.db.insert(users).values({ id: userId, email: 'r@example.com', username: 'restored', passwordHash: 'x', createdAt: now, updatedAt: now });
    await mkdir(join(dir, 'photos', userId), { recursive: true });
    await writeFile(join(dir, 'photos', userId, `${randomUUID()}.jpg`), Buffer.from([0xff, 0xd8, 0xff]));
    archive = join(dir, 'backup.gz');
  });
  afterAll(async () => {
    await Promise.all([source.drop(), target.drop()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('backup prints the counts of what it wrote', async () => {
    await runBackup([archive], out, envOf(source, join(dir, 'photos')));
    expect(lines.pop()).toMatch(new RegExp(`^backup written to .*backup\\.gz \\([\\d.]+ (B|KB)\\): 9 tables, \\d+ rows, 1 photos, schema ${await latestMigrationTag()}$`));
  });

  it('restore into an empty database reports verified counts', async () => {
    await runRestore([archive], out, envOf(target, join(dir, 'restored')));
    expect(lines.pop()).toMatch(new RegExp(`^restored .*: 9 tables, \\d+ rows, 1 photos, schema ${await latestMigrationTag()}; counts and checksums verified$`));
    expect((await target.db.select({ email: users.email }).from(users)).map((u) => u.email)).toEqual(['r@example.com']);
  });

  it('restore into a database with rows exits with the refused code and says nothing changed', async () => {
    await expect(runRestore([archive], out, envOf(source, join(dir, 'other')))).rejects.toMatchObject({
      exitCode: EXIT_REFUSED,
      message: expect.stringMatching(/^refusing to restore, nothing changed: the database is not empty \(rows in .*users/),
    });
  });

  it('restore --force replaces a database that holds rows', async () => {
    await runRestore([archive, '--force'], out, envOf(target, join(dir, 'restored')));
    expect(await target.db.select({ email: users.email }).from(users)).toHaveLength(1);
  });

  it('restore of a file that is not an archive exits 1 naming it corrupt', async () => {
    await writeFile(join(dir, 'junk.gz'), 'not gzip');
    await expect(runRestore([join(dir, 'junk.gz')], out, envOf(target, join(dir, 'restored')))).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringContaining('junk.gz: corrupt archive, nothing changed'),
    });
  });
});
