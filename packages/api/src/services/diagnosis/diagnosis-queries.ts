import type { DiagnosisDetail, DiagnosisScores } from '@derma/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { preparedFor } from '../../db/prepared';
import { diagnoses, findings, type FindingRow } from '../../db/schema/index';
import { toResult, toScores, toSummary, type DiagnosisHeadRow } from './diagnosis-mapper';
import { newestWithRecent } from './newest-with-recent';
import { scoredUpTo } from './scored-heads';

const statements = preparedFor((db) => ({
  byId: db
    .select()
    .from(diagnoses)
    .where(and(eq(diagnoses.id, sql.placeholder('id')), eq(diagnoses.userId, sql.placeholder('userId'))))
    .limit(1)
    .prepare(),
  findingsOf: db.select().from(findings).where(eq(findings.diagnosisId, sql.placeholder('id'))).prepare(),
}));

const RECENT = 3;

/** Scores of the `limit` diagnoses of a user up to and including `at`, newest first. */
export async function recentScores(db: Database, userId: string, at: Date, limit = RECENT): Promise<DiagnosisScores[]> {
  return (await scoredUpTo(db, userId, at, limit)).map(({ head, findings }) => toScores(head, findings));
}

/** The full detail of a diagnosis owned by `userId`, or null (also for another user's id). */
export async function findDetail(db: Database, userId: string, id: string): Promise<DiagnosisDetail | null> {
  const [row] = await statements(db).byId.execute({ id, userId });
  return row ? detailOf(db, row) : null;
}

/**
 * The full detail of the newest diagnosis of `userId`, or null when there is none: one round trip
 * (one snapshot), as the newest's recent scores are the user's newest scores.
 */
export async function findNewestDetail(db: Database, userId: string): Promise<DiagnosisDetail | null> {
  const found = await newestWithRecent(db, userId, RECENT);
  return found ? detailWith(found.newest.row, found.newest.findings, found.recent.map(({ head, findings }) => toScores(head, findings))) : null;
}

/** The detail of a stored diagnosis row: its findings and its recent scores, read side by side. */
export async function detailOf(db: Database, row: typeof diagnoses.$inferSelect): Promise<DiagnosisDetail> {
  const [rows, recent] = await Promise.all([statements(db).findingsOf.execute({ id: row.id }), recentScores(db, row.userId, row.createdAt)]);
  return detailWith(row, rows, recent);
}

/** The detail of a diagnosis from its rows as stored (a fresh insert needs no read-back). */
export async function detailFromRows(db: Database, row: typeof diagnoses.$inferSelect, rows: readonly Omit<FindingRow, 'id'>[]): Promise<DiagnosisDetail> {
  return detailWith(row, rows, await recentScores(db, row.userId, row.createdAt));
}

function detailWith(row: typeof diagnoses.$inferSelect, rows: readonly Omit<FindingRow, 'id'>[], recent: DiagnosisScores[]): DiagnosisDetail {
  const head: DiagnosisHeadRow = row;
  return { ...toSummary(head, rows), result: toResult(row, rows), hasPhoto: row.photoPath !== null, recent };
}
