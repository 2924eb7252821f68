import { and, asc, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { compileQuery } from '../../db/compiled-query';
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
 * one round trip for a page (a derived table of the page, then its findings). Columns in this
 * order: id, clientId, totalScore, location, createdAt, condition, score, lesionCount.
 */
function scoredHeads(db: Database, where: SQL | undefined, newestFirst: boolean, limit: ReturnType<typeof sql.placeholder> | null) {
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
    .orderBy(direction(page.createdAt), direction(page.id));
}

const inWindow = and(eq(diagnoses.userId, userId), gte(diagnoses.createdAt, from), lte(diagnoses.createdAt, to));
const cursorAt = sql.placeholder('cursorAt');
const beforeCursor = or(lt(diagnoses.createdAt, cursorAt), and(eq(diagnoses.createdAt, cursorAt), lt(diagnoses.id, sql.placeholder('cursorId'))));
const limit = sql.placeholder('limit');
const queries = {
  page: compileQuery((db) => scoredHeads(db, inWindow, true, limit)),
  pageAfter: compileQuery((db) => scoredHeads(db, and(inWindow, beforeCursor), true, limit)),
  upTo: compileQuery((db) => scoredHeads(db, and(eq(diagnoses.userId, userId), lte(diagnoses.createdAt, to)), true, limit)),
  between: compileQuery((db) => scoredHeads(db, inWindow, false, limit)),
  since: compileQuery((db) => scoredHeads(db, and(eq(diagnoses.userId, userId), gte(diagnoses.createdAt, from)), false, null)),
};

/** Folds joined rows (ordered by head; columns as selected in `scoredHeads`) into one entry per head. */
function group(rows: readonly unknown[][]): ScoredHead[] {
  const out: ScoredHead[] = [];
  let current: ScoredHead | undefined;
  for (const row of rows) {
    const [id, clientId, totalScore, location, createdAt, condition, score, lesionCount] = row as [string, string, number, DiagnosisHeadRow['location'], Date, string | null, number | null, number | null];
    if (current?.head.id !== id) {
      current = { head: { id, clientId, totalScore, location, createdAt }, findings: [] };
      out.push(current);
    }
    if (condition !== null && score !== null && lesionCount !== null) current.findings.push({ diagnosisId: id, condition, score, lesionCount });
  }
  return out;
}

/** A page of `limit` heads of a user between `from` and `to` (and before a cursor), newest first. */
export async function scoredPage(db: Database, spec: { userId: string; from: Date; to: Date; limit: number; cursor: { createdAt: Date; id: string } | null }): Promise<ScoredHead[]> {
  const { cursor, ...window } = spec;
  const values = { ...window, limit: String(window.limit) };
  return group(cursor ? await queries.pageAfter(db, { ...values, cursorAt: cursor.createdAt, cursorId: cursor.id }) : await queries.page(db, values));
}

/** The `limit` newest heads of a user up to and including `to`. */
export async function scoredUpTo(db: Database, user: string, at: Date, count: number): Promise<ScoredHead[]> {
  return group(await queries.upTo(db, { userId: user, to: at, limit: String(count) }));
}

/** The most heads `scoredBetween` returns. */
export const BETWEEN_LIMIT = 1000;

/** Heads of a user between two times, oldest first, `BETWEEN_LIMIT` at most (history charts). */
export async function scoredBetween(db: Database, user: string, start: Date, end: Date): Promise<ScoredHead[]> {
  return group(await queries.between(db, { userId: user, from: start, to: end, limit: String(BETWEEN_LIMIT) }));
}

/** Every head of a user since a time, oldest first (insights). */
export async function scoredSince(db: Database, user: string, start: Date): Promise<ScoredHead[]> {
  return group(await queries.since(db, { userId: user, from: start }));
}
