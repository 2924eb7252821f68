import { z } from 'zod';

export const insightsInputSchema = z.object({
  /** Length of the period analysed, ending now. */
  days: z.number().int().min(1).max(365).default(30),
});

export const trendSchema = z.object({
  /** Least-squares slope of the score, in points per day. */
  slopePerDay: z.number(),
  first: z.number(),
  last: z.number(),
  best: z.number(),
  worst: z.number(),
  change: z.number(),
  direction: z.enum(['improving', 'worsening', 'stable']),
});

export const streaksSchema = z.object({
  /** Consecutive calendar days (UTC) with a diagnosis, ending today or yesterday. */
  currentDays: z.number().int().min(0),
  longestDays: z.number().int().min(0),
  /** Latest diagnoses in a row whose total score did not fall from the one before. */
  improving: z.number().int().min(0),
});

export const insightsReportSchema = z.object({
  status: z.literal('ok'),
  periodDays: z.number().int(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  dataPoints: z.number().int(),
  healthScore: z.number().int().min(0).max(100),
  total: trendSchema,
  conditions: z.object({ acne: trendSchema, atopy: trendSchema, wrinkle: trendSchema }),
  streaks: streaksSchema,
});

export const insufficientInsightsSchema = z.object({
  status: z.literal('insufficient_data'),
  periodDays: z.number().int(),
  dataPoints: z.number().int(),
  required: z.number().int(),
  /** How many more diagnoses in the period are needed. */
  needed: z.number().int().min(1),
});

export const insightsSchema = z.discriminatedUnion('status', [insightsReportSchema, insufficientInsightsSchema]);

export type Trend = z.infer<typeof trendSchema>;
export type Streaks = z.infer<typeof streaksSchema>;
export type InsightsReport = z.infer<typeof insightsReportSchema>;
export type InsufficientInsights = z.infer<typeof insufficientInsightsSchema>;
export type Insights = z.infer<typeof insightsSchema>;
