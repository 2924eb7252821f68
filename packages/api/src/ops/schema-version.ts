import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import type mysql from 'mysql2/promise';
import { z } from 'zod';
import { MIGRATIONS_FOLDER } from '../db/migrate';
import type { SchemaVersion } from './archive-format';

/** The table in which drizzle records applied migrations. */
export const MIGRATIONS_TABLE = '__drizzle_migrations';

const journalSchema = z.looseObject({ entries: z.array(z.looseObject({ tag: z.string(), when: z.number() })) });
type Journal = z.infer<typeof journalSchema>;

async function readJournal(folder: string): Promise<Journal> {
  return journalSchema.parse(JSON.parse(await readFile(join(folder, 'meta/_journal.json'), 'utf8')));
}

/** This build's migrations, oldest first, as versions a database can be migrated to. */
export async function buildMigrations(folder = MIGRATIONS_FOLDER): Promise<SchemaVersion[]> {
  return (await readJournal(folder)).entries.map((e) => ({ tag: e.tag, when: e.when, hash: '' }));
}

/** The tag of this build's newest migration (what a freshly migrated database is at). */
export async function latestMigrationTag(folder = MIGRATIONS_FOLDER): Promise<string | null> {
  return (await buildMigrations(folder)).at(-1)?.tag ?? null;
}

/** The last migration applied to the current database, or null when it has no migrations table. */
export async function appliedSchemaVersion(connection: mysql.Connection, folder = MIGRATIONS_FOLDER): Promise<SchemaVersion | null> {
  const [tables] = await connection.query<mysql.RowDataPacket[]>(
    'SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
    [MIGRATIONS_TABLE],
  );
  if (tables.length === 0) return null;
  const [rows] = await connection.query<mysql.RowDataPacket[]>(`SELECT hash, created_at AS createdAt FROM ${MIGRATIONS_TABLE} ORDER BY created_at DESC LIMIT 1`);
  const last = rows[0];
  if (!last) return null;
  const when = Number(last.createdAt);
  const journal = await readJournal(folder);
  return { tag: journal.entries.find((e) => e.when === when)?.tag ?? null, when, hash: String(last.hash) };
}

/** Throws unless this build's migrations include `version` (an archive from a newer build does not). */
export async function assertKnownVersion(version: SchemaVersion, folder = MIGRATIONS_FOLDER): Promise<void> {
  const journal = await readJournal(folder);
  if (!journal.entries.some((e) => e.when === version.when)) {
    throw new Error(`the archive's schema (${version.tag ?? version.when}) is not among this build's migrations; restore it with the build that made it`);
  }
}

/**
 * Applies this build's migrations up to and including `version`, not beyond, so rows of an older
 * archive fit their tables; the server applies the newer ones at its next start.
 */
export async function migrateTo(connection: mysql.Connection, version: SchemaVersion, folder = MIGRATIONS_FOLDER): Promise<void> {
  await assertKnownVersion(version, folder);
  const journal = await readJournal(folder);
  const partial = await mkdtemp(join(tmpdir(), 'derma-migrations-'));
  try {
    await cp(folder, partial, { recursive: true });
    const entries = journal.entries.filter((e) => e.when <= version.when);
    await writeFile(join(partial, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
    await migrate(drizzle({ client: connection }), { migrationsFolder: partial });
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}
