import { findResultInconsistencies, type DiagnosisDetail, type SubmitDiagnosisInput } from '@derma/shared';
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { diagnoses, findings, type DiagnosisRow } from '../../db/schema/index';
import type { Context } from '../../trpc/context';
import { invalidateUserReads } from '../insights/insight-cache';
import { withAddedDiagnosis } from './added-diagnosis';
import { toFindingRows, toMeta } from './diagnosis-mapper';
import { detailFromRows, detailOf } from './diagnosis-queries';

async function findByClientId(db: Database, userId: string, clientId: string): Promise<DiagnosisDetail | null> {
  const [row] = await db
    .select()
    .from(diagnoses)
    .where(and(eq(diagnoses.userId, userId), eq(diagnoses.clientId, clientId)))
    .limit(1);
  return row ? detailOf(db, row) : null;
}

function isDuplicateKey(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as Error & { code?: unknown }).code === 'ER_DUP_ENTRY') return true;
  }
  return false;
}

/**
 * Stores an on-device result for a user, idempotently per `clientId`: a retry, even concurrent,
 * returns the stored record (the insert is tried first; the unique key catches a retry, so the
 * common case costs no lookup). Scores must follow from the masks (BAD_REQUEST otherwise).
 */
export async function submitDiagnosis(ctx: Pick<Context, 'db' | 'config' | 'metrics' | 'readMemory'>, userId: string, input: SubmitDiagnosisInput): Promise<DiagnosisDetail> {
  const bytes = new TextEncoder().encode(JSON.stringify(input)).length;
  if (bytes > ctx.config.maxSubmitBytes) {
    throw new TRPCError({ code: 'PAYLOAD_TOO_LARGE', message: `The result is ${bytes} bytes; the limit is ${ctx.config.maxSubmitBytes}.` });
  }
  const problems = findResultInconsistencies(input.result);
  if (problems.length > 0) throw new TRPCError({ code: 'BAD_REQUEST', message: `Inconsistent result: ${problems.join('; ')}` });

  const { result } = input;
  const id = crypto.randomUUID();
  const row: DiagnosisRow = {
    id,
    userId,
    clientId: input.clientId,
    totalScore: result.totalScore,
    location: result.backend.location,
    backend: result.backend,
    models: result.models,
    meta: toMeta(result),
    photoPath: null,
    createdAt: new Date(),
  };
  const findingRows = toFindingRows(id, result);
  // Before the insert: kept reads that ran alongside it are then refused or revised.
  const since = ctx.readMemory?.mark(Date.now());
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(diagnoses).values(row);
      await tx.insert(findings).values(findingRows);
    });
  } catch (error) {
    // A retry of a stored submission: the unique (user, client id) key refused the insert.
    if (!isDuplicateKey(error)) throw error;
    const winner = await findByClientId(ctx.db, userId, input.clientId);
    if (winner) return winner;
    throw error;
  }
  ctx.metrics.inferenceDuration.observe(
    { location: result.backend.location, provider: result.backend.executionProvider },
    result.timings.total / 1000,
  );
  const detail = detailFromRows(ctx.db, row, findingRows);
  // Kept reads follow the new diagnosis instead of all running again; its recent scores are read
  // while the insight rows are dropped. Should that read fail, the kept reads are evicted instead.
  const revision = detail.then(
    (added) => since && { since, revise: withAddedDiagnosis(added) },
    () => undefined,
  );
  await invalidateUserReads(ctx, userId, revision);
  return detail;
}
