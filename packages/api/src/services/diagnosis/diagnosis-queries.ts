import type { DiagnosisDetail, DiagnosisScores } from '@derma/shared';
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { diagnoses, findings, type FindingRow } from '../../db/schema/index';
import { toResult, toScores, toSummary, type DiagnosisHeadRow, type FindingScoreRow } from './diagnosis-mapper';

/** Columns of a diagnosis that lists need. */
export const diagnosisHeadColumns = {
  id: diagnoses.id,
  clientId: diagnoses.clientId,
  totalScore: diagnoses.totalScore,
  location: diagnoses.location,
  createdAt: diagnoses.createdAt,
};

const findingScoreColumns = {
  diagnosisId: findings.diagnosisId,
  condition: findings.condition,
  score: findings.score,
  lesionCount: findings.lesionCount,
};

/** Score columns of the findings of some diagnoses, grouped by diagnosis id. */
export async function findingScoresOf(db: Database, ids: readonly string[]): Promise<Map<string, FindingScoreRow[]>> {
  const grouped = new Map<string, FindingScoreRow[]>();
  if (ids.length === 0) return grouped;
  const rows = await db.select(findingScoreColumns).from(findings).where(inArray(findings.diagnosisId, [...ids]));
  for (const row of rows) grouped.set(row.diagnosisId, [...(grouped.get(row.diagnosisId) ?? []), row]);
  return grouped;
}

/** Scores of the `limit` diagnoses of a user up to and including `at`, newest first. */
export async function recentScores(db: Database, userId: string, at: Date, limit = 3): Promise<DiagnosisScores[]> {
  const heads = await db
    .select(diagnosisHeadColumns)
    .from(diagnoses)
    .where(and(eq(diagnoses.userId, userId), lte(diagnoses.createdAt, at)))
    .orderBy(desc(diagnoses.createdAt), desc(diagnoses.id))
    .limit(limit);
  const scores = await findingScoresOf(db, heads.map((h) => h.id));
  return heads.map((h) => toScores(h, scores.get(h.id) ?? []));
}

/** The full detail of a diagnosis owned by `userId`, or null (also for another user's id). */
export async function findDetail(db: Database, userId: string, id: string): Promise<DiagnosisDetail | null> {
  const [row] = await db
    .select()
    .from(diagnoses)
    .where(and(eq(diagnoses.id, id), eq(diagnoses.userId, userId)))
    .limit(1);
  if (!row) return null;
  return detailOf(db, row);
}

/** The detail of a stored diagnosis row. */
export async function detailOf(db: Database, row: typeof diagnoses.$inferSelect): Promise<DiagnosisDetail> {
  const rows = await db.select().from(findings).where(eq(findings.diagnosisId, row.id));
  return detailFromRows(db, row, rows);
}

/** The detail of a diagnosis from its rows as stored (a fresh insert needs no read-back). */
export async function detailFromRows(db: Database, row: typeof diagnoses.$inferSelect, rows: readonly Omit<FindingRow, 'id'>[]): Promise<DiagnosisDetail> {
  const head: DiagnosisHeadRow = row;
  return {
    ...toSummary(head, rows),
    result: toResult(row, rows),
    hasPhoto: row.photoPath !== null,
    recent: await recentScores(db, row.userId, row.createdAt),
  };
}
