import { adviceInputSchema, adviceSchema } from '@derma/shared';
import { TRPCError } from '@trpc/server';
import { findAdvice } from '../services/advice/advice-store';
import { streamAdvice } from '../services/advice/stream-advice';
import { findDetail } from '../services/diagnosis/diagnosis-queries';
import { protectedProcedure, router } from '../trpc/trpc';

export const adviceRouter = router({
  /** Streams advice for a diagnosis (SSE): `token` events as they come, then `done`. */
  stream: protectedProcedure.input(adviceInputSchema).subscription(({ ctx, input, signal }) => streamAdvice(ctx, ctx.user, input, signal)),

  /** The stored advice of a diagnosis in a language, or null before any was asked for. */
  get: protectedProcedure
    .input(adviceInputSchema)
    .output(adviceSchema.nullable())
    .query(async ({ ctx, input }) => {
      const detail = await findDetail(ctx.db, ctx.user.id, input.diagnosisId);
      if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such diagnosis.' });
      return findAdvice(ctx.db, detail.id, input.language);
    }),
});
