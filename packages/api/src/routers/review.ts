import { createReviewInputSchema, reviewListSchema, reviewSchema } from '@derma/shared';
import { count, desc, eq } from 'drizzle-orm';
import { reviews } from '../db/schema/index';
import { protectedProcedure, router } from '../trpc/trpc';

const reviewColumns = { id: reviews.id, rating: reviews.rating, comment: reviews.comment, createdAt: reviews.createdAt };

export const reviewRouter = router({
  create: protectedProcedure
    .input(createReviewInputSchema)
    .output(reviewSchema)
    .mutation(async ({ ctx, input }) => {
      const createdAt = new Date();
      const [inserted] = await ctx.db
        .insert(reviews)
        .values({ userId: ctx.user.id, rating: input.rating, comment: input.comment, createdAt })
        .$returningId();
      if (!inserted) throw new Error('review insert returned no id');
      return { id: inserted.id, rating: input.rating, comment: input.comment, createdAt: createdAt.toISOString() };
    }),

  /** The caller's own reviews, newest first, with their total count. */
  list: protectedProcedure.output(reviewListSchema).query(async ({ ctx }) => {
    const rows = await ctx.db
      .select(reviewColumns)
      .from(reviews)
      .where(eq(reviews.userId, ctx.user.id))
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(100);
    const [total] = await ctx.db.select({ n: count() }).from(reviews).where(eq(reviews.userId, ctx.user.id));
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), total: total?.n ?? 0 };
  }),
});
