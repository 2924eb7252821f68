import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONDITION_IDS } from '@derma/shared';
import mysql from 'mysql2/promise';
import { toMeta } from '../services/diagnosis/diagnosis-mapper';
import { makeResult } from '../testing/result-factory';
import type { TestDatabase } from '../testing/test-database';
import { openOpsConnection, quoteId } from './ops-connection';
import { listPhotos, sha256 } from './photo-files';
import { describeTable, listTables } from './table-catalog';
import { dumpRows } from './table-dump';

/** A table outside the migrations with every kind of value a restore must keep exactly. */
export const PROBE_TABLE = 'ops_type_probe';

const PROBE_DDL = `CREATE TABLE ${PROBE_TABLE} (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  doc json NULL, at datetime(3) NULL, stamp timestamp(3) NULL, bin varbinary(32) NULL, blob_value blob NULL,
  flags bit(12) NULL, ratio double NULL, amount decimal(20,6) NULL, big bigint unsigned NULL, note text NULL
) DEFAULT CHARSET=utf8mb4`;

const PROBE_ROWS = `INSERT INTO ${PROBE_TABLE} (id, doc, at, stamp, bin, blob_value, flags, ratio, amount, big, note) VALUES
  (0, '{"a": [1, 2.5, null], "ko": "여드름 😀"}', '2025-03-01 12:34:56.789', '2025-03-01 12:34:56.001', X'00FF10', X'DEADBEEF00', b'101000000011', 0.30000000000000004, 12345678901234.123456, 18446744073709551615, 'line\\nbreak \\'quote\\' \\\\ back'),
  (7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (8, '[]', '1970-01-01 00:00:00.000', '2038-01-19 03:14:07.999', X'', X'', b'0', 5e-324, -0.000001, 0, '')`;

const ms = (date: Date): string => date.toISOString().replace('T', ' ').replace('Z', '');

async function insertMany(connection: mysql.Connection, table: string, rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await connection.query(`INSERT INTO ${table} VALUES ?`, [rows.slice(i, i + 200)]);
}

function diagnosisRows(userId: string, index: number): { diagnosis: unknown[]; findings: unknown[][] } {
  const id = randomUUID();
  // Every other diagnosis a version 2 result, so layouts and zones travel too.
  const version = index % 2 ? 2 : 1;
  const result = makeResult({ version, pixels: { acne: (index * 97) % 6000, atopy: (index * 31) % 3000, wrinkle: index % 2 ? 1500 : 0 }, zones: { acne: { chin: index % 4, nose: 1 } } });
  const at = ms(new Date(Date.UTC(2025, 0, 1) + index * 3_600_000 + (index % 1000)));
  const meta = toMeta(result);
  const photo = index % 5 === 0 ? `${userId}/${id}.jpg` : null;
  const findings = CONDITION_IDS.map((c) => {
    const f = result.findings[c];
    const zones = f.zones ? JSON.stringify(f.zones) : null;
    return [null, id, c, f.modelId, f.score, f.areaRatio, f.maxAreaRatio, f.lesionCount, JSON.stringify(f.mask), JSON.stringify(f.detections), zones];
  });
  const diagnosis = [id, userId, randomUUID(), result.totalScore, 'device', JSON.stringify(result.backend), JSON.stringify(result.models), JSON.stringify(meta), photo, at];
  return { diagnosis, findings };
}

/**
 * Fills a migrated database with 3 users and 200 diagnoses (600 findings), advice, reviews,
 * sessions, reset tokens, insight cache, the probe table, and a photo for every fifth diagnosis.
 */
export async function seedBackupDataset(connection: mysql.Connection, photoDir: string): Promise<void> {
  const now = ms(new Date(Date.UTC(2025, 5, 1, 8, 0, 0, 123)));
  // Columns in table order; those added by later migrations come last (users.disabled_at: 0002, findings.zones: 0003).
  const users = [0, 1, 2].map((i) => [randomUUID(), `user${i}@example.com`, `사용자${i}`, `$argon2id$v=19$m=19456,t=2,p=1$${randomBytes(16).toString('base64')}`, now, now, i === 2 ? now : null]);
  await insertMany(connection, 'users', users);
  const diagnoses: unknown[][] = [];
  const findings: unknown[][] = [];
  for (let i = 0; i < 200; i++) {
    const rows = diagnosisRows(String(users[i % 3]?.[0]), i);
    diagnoses.push(rows.diagnosis);
    findings.push(...rows.findings);
  }
  await insertMany(connection, 'diagnoses', diagnoses);
  await insertMany(connection, 'findings', findings);
  const advice = diagnoses.slice(0, 40).map((d, i) => [null, d[0], i % 2 ? 'en' : 'ko', i % 7 ? 'done' : 'failed', 'gemma2:9b', `조언 ${i}\n- advice`, i % 7 ? null : 'ollama timeout', now, now, i % 5 === 0]);
  await insertMany(connection, 'advice', advice);
  await insertMany(connection, 'reviews', users.map((u, i) => [null, u[0], 3 + i, `리뷰 ${i}`, now]));
  await insertMany(connection, 'sessions', users.map((u) => [randomBytes(32).toString('hex'), u[0], now, now]));
  await insertMany(connection, 'password_reset_tokens', [[randomBytes(32).toString('hex'), users[0]?.[0], now, now]]);
  await insertMany(connection, 'insight_cache', [[users[1]?.[0], 30, JSON.stringify({ trend: [1, 2.5] }), now, now]]);
  await connection.query(PROBE_DDL);
  // Keep the explicit id 0 instead of drawing the next AUTO_INCREMENT value.
  await connection.query("SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'NO_AUTO_VALUE_ON_ZERO')");
  await connection.query(PROBE_ROWS);
  for (const d of diagnoses) {
    if (typeof d[8] !== 'string') continue;
    await mkdir(join(photoDir, String(d[1])), { recursive: true });
    await writeFile(join(photoDir, d[8]), randomBytes(4096 + (d[8].charCodeAt(40) % 16) * 512));
  }
}

/** Every row of every table and every photo's checksum: what "identical" means below. */
export async function snapshot(url: string, photoDir: string): Promise<{ tables: Record<string, string[]>; photos: Record<string, string> }> {
  const connection = await openOpsConnection(url);
  const tables: Record<string, string[]> = {};
  for (const name of await listTables(connection)) {
    const rows: string[] = [];
    for await (const cells of dumpRows(connection, await describeTable(connection, name))) rows.push(JSON.stringify(cells));
    tables[name] = rows;
  }
  await connection.end();
  const photos: Record<string, string> = {};
  for (const path of await listPhotos(photoDir)) photos[path] = sha256(await readFile(join(photoDir, path)));
  return { tables, photos };
}

/** Drops and recreates a test database: "drop everything" before a restore. */
export async function recreateDatabase(db: TestDatabase): Promise<void> {
  const connection = await mysql.createConnection({ uri: db.url.replace(/\/[^/]+$/, '/') });
  await connection.query(`DROP DATABASE ${quoteId(db.name)}`);
  await connection.query(`CREATE DATABASE ${quoteId(db.name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
}
