import { insightsInputSchema, insightsSchema } from '@derma/shared';
import { getInsights } from '../services/insights/insight-cache';
import { protectedProcedure, router } from '../trpc/trpc';
import { validatedOutput } from '../trpc/validated-output';

export const insightsRouter = router({
  /** Trends, health score and streaks over the past `days` (default 30), cached per user. */
  get: protectedProcedure
    .input(insightsInputSchema.optional())
    .output(validatedOutput(insightsSchema))
    .query(({ ctx, input }) => getInsights(ctx, ctx.user.id, input?.days ?? 30)),
});
