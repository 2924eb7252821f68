import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { compileQuery } from '../../db/compiled-query';
import { diagnoses, findings, type DiagnosisRow, type FindingRow } from '../../db/schema/index';
import type { FindingScoreRow } from './diagnosis-mapper';
import type { ScoredHead } from './scored-heads';

/** A stored diagnosis with its findings, as drizzle would read them. */
export interface StoredDiagnosis {
  row: DiagnosisRow;
  findings: Omit<FindingRow, 'id'>[];
}

// Every column of the `count` newest diagnoses of a user joined to their findings: one statement.
// Columns in this order (the mapper below reads them by position).
const newest = compileQuery((db) => {
  const page = db.select().from(diagnoses).where(eq(diagnoses.userId, sql.placeholder('userId'))).orderBy(desc(diagnoses.createdAt), desc(diagnoses.id)).limit(sql.placeholder('count')).as('page');
  return db
    .select({
      id: page.id,
      userId: page.userId,
      clientId: page.clientId,
      totalScore: page.totalScore,
      location: page.location,
      backend: page.backend,
      models: page.models,
      meta: page.meta,
      photoPath: page.photoPath,
      createdAt: page.createdAt,
      condition: findings.condition,
      modelId: findings.modelId,
      score: findings.score,
      areaRatio: findings.areaRatio,
      maxAreaRatio: findings.maxAreaRatio,
      lesionCount: findings.lesionCount,
      maskCounts: findings.maskCounts,
      detections: findings.detections,
      zones: findings.zones,
    })
    .from(page)
    .leftJoin(findings, eq(findings.diagnosisId, page.id))
    .orderBy(desc(page.createdAt), desc(page.id));
});

// JSON columns are MEDIUMTEXT (`jsonText`): strings on MariaDB and MySQL alike.
const json = <T>(value: unknown): T => JSON.parse(value as string) as T;

type Head = [string, string, string, number, DiagnosisRow['location'], unknown, unknown, unknown, string | null, Date];
type Finding = [string | null, string, number, number, number, number, string, unknown, unknown];

function stored(head: Head, rows: readonly Finding[]): StoredDiagnosis {
  const [id, userId, clientId, totalScore, location, backend, models, meta, photoPath, createdAt] = head;
  const out: StoredDiagnosis = { row: { id, userId, clientId, totalScore, location, backend: json(backend), models: json(models), meta: json(meta), photoPath, createdAt }, findings: [] };
  for (const [condition, modelId, score, areaRatio, maxAreaRatio, lesionCount, maskCounts, detections, zones] of rows) {
    if (condition !== null) out.findings.push({ diagnosisId: id, condition, modelId, score, areaRatio, maxAreaRatio, lesionCount, maskCounts, detections: json(detections), zones: zones === null ? null : json(zones) });
  }
  return out;
}

function scored(head: Head, rows: readonly Finding[]): ScoredHead {
  const [id, , clientId, totalScore, location, , , , , createdAt] = head;
  const findingScores: FindingScoreRow[] = [];
  for (const [condition, , score, , , lesionCount] of rows) if (condition !== null) findingScores.push({ diagnosisId: id, condition, score, lesionCount });
  return { head: { id, clientId, totalScore, location, createdAt }, findings: findingScores };
}

/**
 * The newest diagnosis of a user with every stored column and its findings, and the `count`
 * newest (itself included) as scored heads, newest first: one statement, one snapshot. Only the
 * newest's JSON columns are parsed.
 */
export async function newestWithRecent(db: Database, userId: string, count: number): Promise<{ newest: StoredDiagnosis; recent: ScoredHead[] } | null> {
  const groups: { head: Head; rows: Finding[] }[] = [];
  for (const r of await newest(db, { userId, count: String(count) })) {
    const last = groups.at(-1);
    const row = r.slice(10) as Finding;
    if (last && last.head[0] === r[0]) last.rows.push(row);
    else groups.push({ head: r.slice(0, 10) as Head, rows: [row] });
  }
  const first = groups[0];
  return first ? { newest: stored(first.head, first.rows), recent: groups.map((g) => scored(g.head, g.rows)) } : null;
}
