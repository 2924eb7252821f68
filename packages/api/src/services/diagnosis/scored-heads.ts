import { and, asc, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { preparedFor } from '../../db/prepared';
import { diagnoses, findings } from '../../db/schema/index';
import type { DiagnosisHeadRow, FindingScoreRow } from './diagnosis-mapper';

/** A diagnosis head with the score columns of its findings. */
export interface ScoredHead {
  head: DiagnosisHeadRow;
  findings: FindingScoreRow[];
}

const userId = sql.placeholder('userId');
const from = sql.placeholder('from');
const to = sql.placeholder('to');

/**
 * Heads chosen by `where` in `order`, up to `limit` of them, joined to their findings' scores:
 * one round trip for a page (a derived table of the page, then its findings).
 */
function scoredHeads(db: Database, where: SQL | undefined, newestFirst: boolean, limit: number | ReturnType<typeof sql.placeholder> | null) {
  const direction = newestFirst ? desc : asc;
  const chosen = db
    .select({ id: diagnoses.id, clientId: diagnoses.clientId, totalScore: diagnoses.totalScore, location: diagnoses.location, createdAt: diagnoses.createdAt })
    .from(diagnoses)
    .where(where)
    .orderBy(direction(diagnoses.createdAt), direction(diagnoses.id));
  const page = (limit === null ? chosen : chosen.limit(limit)).as('page');
  return db
    .select({ id: page.id, clientId: page.clientId, totalScore: page.totalScore, location: page.location, createdAt: page.createdAt, condition: findings.condition, score: findings.score, lesionCount: findings.lesionCount })
    .from(page)
    .leftJoin(findings, eq(findings.diagnosisId, page.id))
    .orderBy(direction(page.createdAt), direction(page.id))
    .prepare();
}

const statements = preparedFor((db) => {
  const inWindow = and(eq(diagnoses.userId, userId), gte(diagnoses.createdAt, from), lte(diagnoses.createdAt, to));
  const cursorAt = sql.placeholder('cursorAt');
  const beforeCursor = or(lt(diagnoses.createdAt, cursorAt), and(eq(diagnoses.createdAt, cursorAt), lt(diagnoses.id, sql.placeholder('cursorId'))));
  return {
    page: scoredHeads(db, inWindow, true, sql.placeholder('limit')),
    pageAfter: scoredHeads(db, and(inWindow, beforeCursor), true, sql.placeholder('limit')),
    upTo: scoredHeads(db, and(eq(diagnoses.userId, userId), lte(diagnoses.createdAt, to)), true, sql.placeholder('limit')),
    between: scoredHeads(db, inWindow, false, 1000),
    since: scoredHeads(db, and(eq(diagnoses.userId, userId), gte(diagnoses.createdAt, from)), false, null),
  };
});

type JoinedRow = Awaited<ReturnType<ReturnType<typeof scoredHeads>['execute']>>[number];

/** Folds joined rows (ordered by head) into one entry per head. */
function group(rows: readonly JoinedRow[]): ScoredHead[] {
  const out: ScoredHead[] = [];
  let current: ScoredHead | undefined;
  for (const row of rows) {
    if (current?.head.id !== row.id) {
      current = { head: { id: row.id, clientId: row.clientId, totalScore: row.totalScore, location: row.location, createdAt: row.createdAt }, findings: [] };
      out.push(current);
    }
    if (row.condition !== null && row.score !== null && row.lesionCount !== null) {
      current.findings.push({ diagnosisId: row.id, condition: row.condition, score: row.score, lesionCount: row.lesionCount });
    }
  }
  return out;
}

/** A page of `limit` heads of a user between `from` and `to` (and before a cursor), newest first. */
export async function scoredPage(db: Database, values: { userId: string; from: Date; to: Date; limit: number; cursor: { createdAt: Date; id: string } | null }): Promise<ScoredHead[]> {
  const { cursor, ...window } = values;
  const { page, pageAfter } = statements(db);
  const rows = cursor ? await pageAfter.execute({ ...window, cursorAt: cursor.createdAt, cursorId: cursor.id }) : await page.execute(window);
  return group(rows);
}

/** The `limit` newest heads of a user up to and including `to`. */
export async function scoredUpTo(db: Database, user: string, at: Date, limit: number): Promise<ScoredHead[]> {
  return group(await statements(db).upTo.execute({ userId: user, to: at, limit }));
}

/** Heads of a user between two times, oldest first, 1,000 at most (history charts). */
export async function scoredBetween(db: Database, user: string, start: Date, end: Date): Promise<ScoredHead[]> {
  return group(await statements(db).between.execute({ userId: user, from: start, to: end }));
}

/** Every head of a user since a time, oldest first (insights). */
export async function scoredSince(db: Database, user: string, start: Date): Promise<ScoredHead[]> {
  return group(await statements(db).since.execute({ userId: user, from: start }));
}
