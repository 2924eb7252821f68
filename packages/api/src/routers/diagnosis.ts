import {
  deleteDiagnosisOutputSchema,
  diagnosisDetailSchema,
  diagnosisIdInputSchema,
  diagnosisListSchema,
  historyInputSchema,
  historySchema,
  latestDiagnosisSchema,
  listDiagnosesInputSchema,
  submitDiagnosisInputSchema,
  analyzeOutputSchema,
  type LatestDiagnosis,
} from '@derma/shared';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { diagnoses } from '../db/schema/index';
import { withChange } from '../services/diagnosis/added-diagnosis';
import { findDetail, findNewestDetail } from '../services/diagnosis/diagnosis-queries';
import { listDiagnoses, recentScoresBetween, scoresBetween } from '../services/diagnosis/list-diagnoses';
import { submitDiagnosis } from '../services/diagnosis/submit-diagnosis';
import { invalidateUserReads } from '../services/insights/insight-cache';
import { readKeys, remembered } from '../services/read-memory';
import { analyzeUpload } from '../services/analysis/analyze-upload';
import { attachPhoto } from '../services/analysis/attach-photo';
import { protectedProcedure, publicProcedure, router } from '../trpc/trpc';
import { validated, validatedOutput } from '../trpc/validated-output';

const DAY_MS = 86_400_000;

function notFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'No such diagnosis.' });
}

/** The newest diagnosis with its change since the one before; null when there is none. */
async function newestWithChange(db: Database, userId: string): Promise<LatestDiagnosis> {
  const detail = await findNewestDetail(db, userId);
  return detail ? withChange(detail) : null;
}

export const diagnosisRouter = router({
  /** Stores an on-device result; idempotent per client id. */
  submit: protectedProcedure
    .input(submitDiagnosisInputSchema)
    .output(diagnosisDetailSchema)
    .mutation(({ ctx, input }) => submitDiagnosis(ctx, ctx.user.id, input)),

  /**
   * The server fallback: a multipart upload (`image` plus the fields of `analyzeFieldsSchema`)
   * analysed on the server; stored like `submit` when signed in, returned only for guests.
   */
  analyze: publicProcedure
    .input(z.instanceof(FormData))
    .output(analyzeOutputSchema)
    .mutation(({ ctx, input }) => analyzeUpload(ctx, input)),

  /**
   * Keeps the photo of an on-device diagnosis (multipart: \`id\` and \`image\`), for users who
   * turned "keep photos" on; re-encoded without metadata, readable at \`/photos/:id\`.
   */
  attachPhoto: protectedProcedure
    .input(z.instanceof(FormData))
    .output(diagnosisDetailSchema)
    .mutation(({ ctx, input }) => attachPhoto(ctx, input)),

  byId: protectedProcedure
    .input(diagnosisIdInputSchema)
    .output(validatedOutput(diagnosisDetailSchema))
    .query(async ({ ctx, input }) => {
      const read = async () => {
        const found = await findDetail(ctx.db, ctx.user.id, input.id);
        return found ? validated(diagnosisDetailSchema, found) : null;
      };
      const detail = await remembered(ctx.readMemory, ctx.user.id, readKeys.detail(input.id), read);
      if (!detail) throw notFound();
      return detail;
    }),

  list: protectedProcedure
    .input(listDiagnosesInputSchema.optional())
    .output(validatedOutput(diagnosisListSchema))
    .query(({ ctx, input }) => remembered(ctx.readMemory, ctx.user.id, readKeys.list(input ?? {}), async () => validated(diagnosisListSchema, await listDiagnoses(ctx.db, ctx.user.id, input ?? {})))),

  /** The newest diagnosis with its change since the one before; null when there is none. */
  latest: protectedProcedure
    .output(validatedOutput(latestDiagnosisSchema))
    .query(({ ctx }) => remembered(ctx.readMemory, ctx.user.id, readKeys.latest, async () => validated(latestDiagnosisSchema, await newestWithChange(ctx.db, ctx.user.id)))),

  /** Score series over the week or month (30 days) ending at `endDate` (default now). */
  history: protectedProcedure
    .input(historyInputSchema)
    .output(historySchema)
    .query(async ({ ctx, input }) => {
      const to = input.endDate ? new Date(input.endDate) : new Date();
      const from = new Date(to.getTime() - (input.range === 'week' ? 7 : 30) * DAY_MS);
      const points = input.endDate
        ? await remembered(ctx.readMemory, ctx.user.id, readKeys.history(input.range, input.endDate), () => scoresBetween(ctx.db, ctx.user.id, from, to))
        : await recentScoresBetween(ctx.db, ctx.readMemory, ctx.user.id, input.range, from, to);
      return { range: input.range, from: from.toISOString(), to: to.toISOString(), points };
    }),

  delete: protectedProcedure
    .input(diagnosisIdInputSchema)
    .output(deleteDiagnosisOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const [deleted] = await ctx.db.delete(diagnoses).where(and(eq(diagnoses.id, input.id), eq(diagnoses.userId, ctx.user.id)));
      if (deleted.affectedRows !== 1) throw notFound();
      await ctx.photos?.remove(ctx.user.id, input.id);
      await invalidateUserReads(ctx, ctx.user.id);
      return { id: input.id, deleted: true as const };
    }),
});
