import type { DiagnosisList, DiagnosisScores, ListDiagnosesInput } from '@derma/shared';
import { TRPCError } from '@trpc/server';
import type { Database } from '../../db/client';
import { toScores, toSummary } from './diagnosis-mapper';
import type { ReadMemory } from '../read-memory';
import { readKeys } from '../read-memory';
import { BETWEEN_LIMIT, scoredBetween, scoredPage } from './scored-heads';

const YEAR_MS = 365 * 86_400_000;

/** Cursor of a list page: the creation time (ms) and id of its last item. */
export function encodeCursor(createdAt: Date, id: string): string {
  return `${createdAt.getTime()}_${id}`;
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(cursor);
  if (!match?.[1] || !match[2]) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid cursor.' });
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}

/** A page of the user's diagnoses, newest first; the default window is the past year. */
export async function listDiagnoses(db: Database, userId: string, input: ListDiagnosesInput): Promise<DiagnosisList> {
  const limit = input.limit ?? 20;
  const to = input.to ? new Date(input.to) : new Date();
  const from = input.from ? new Date(input.from) : new Date(to.getTime() - YEAR_MS);
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const heads = await scoredPage(db, { userId, from, to, limit: limit + 1, cursor });
  const page = heads.slice(0, limit);
  const last = page[page.length - 1]?.head;
  return {
    items: page.map(({ head, findings }) => toSummary(head, findings)),
    nextCursor: heads.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

/** Scores of the user's diagnoses between two times, oldest first (history charts). */
export async function scoresBetween(db: Database, userId: string, from: Date, to: Date): Promise<DiagnosisScores[]> {
  return (await scoredBetween(db, userId, from, to)).map(({ head, findings }) => toScores(head, findings));
}

const within = (points: readonly DiagnosisScores[], from: Date, to: Date): DiagnosisScores[] =>
  points.filter((p) => {
    const t = Date.parse(p.createdAt);
    return t >= from.getTime() && t <= to.getTime();
  });

/**
 * `scoresBetween(from, to)` for a window ending now, answered from the user's kept recent scores
 * when `memory` holds them from at least `from`: they were read up to their own "now", and a
 * diagnosis this process added since was appended to them (`withAddedDiagnosis`) or dropped them, so cutting them to the window gives what
 * the query would. A miss reads from `from` minus the ttl, so windows of the next `ttlMs` fit in
 * it; a read that reaches `BETWEEN_LIMIT` is not kept (the cut could then differ from the query).
 */
export async function recentScoresBetween(db: Database, memory: ReadMemory | null | undefined, userId: string, range: string, from: Date, to: Date): Promise<DiagnosisScores[]> {
  if (!memory) return scoresBetween(db, userId, from, to);
  const key = readKeys.recentScores(range);
  const kept = memory.get(userId, key, to.getTime());
  if (kept && kept.value.since <= from.getTime()) return within(kept.value.points, from, to);
  const mark = memory.mark(to.getTime());
  const since = new Date(from.getTime() - memory.ttlMs);
  const points = await scoresBetween(db, userId, since, to);
  if (points.length >= BETWEEN_LIMIT) return scoresBetween(db, userId, from, to);
  memory.set(userId, key, { since: since.getTime(), points }, mark, Date.now());
  return within(points, from, to);
}
