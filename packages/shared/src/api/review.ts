import { z } from 'zod';

export const createReviewInputSchema = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).default(''),
});

export const reviewSchema = z.object({
  id: z.number().int(),
  rating: z.number().int().min(1).max(5),
  comment: z.string(),
  createdAt: z.iso.datetime(),
});

export const reviewListSchema = z.object({
  items: z.array(reviewSchema),
  total: z.number().int().min(0),
});

export type CreateReviewInput = z.input<typeof createReviewInputSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ReviewList = z.infer<typeof reviewListSchema>;
