import { z } from 'zod';
import type { ConditionId } from '../catalogue/conditions';
import { diagnosisResultSchema } from '../result/result-schema';

const conditionScoresSchema = z.object({
  acne: z.number().int(),
  atopy: z.number().int(),
  wrinkle: z.number().int(),
}) satisfies z.ZodType<Record<ConditionId, number>>;

export const diagnosisIdInputSchema = z.object({ id: z.uuid() });

/** What the device submits: its result plus a client-generated id that makes retries idempotent. */
export const submitDiagnosisInputSchema = z.object({
  clientId: z.uuid(),
  result: diagnosisResultSchema,
});

export const listDiagnosesInputSchema = z.object({
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  cursor: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const historyInputSchema = z.object({
  range: z.enum(['week', 'month']),
  endDate: z.iso.datetime().optional(),
});

/** Scores of one diagnosis, as listed in history and in the "last three" of a detail. */
export const diagnosisScoresSchema = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  totalScore: z.number().int(),
  scores: conditionScoresSchema,
});

export const diagnosisSummarySchema = diagnosisScoresSchema.extend({
  clientId: z.string(),
  lesionCounts: conditionScoresSchema,
  location: z.enum(['device', 'server']),
});

export const diagnosisDetailSchema = diagnosisSummarySchema.extend({
  result: diagnosisResultSchema,
  /** The photo is kept in the account (readable by its owner at `/photos/<id>`). */
  hasPhoto: z.boolean(),
  /** The last three diagnoses up to and including this one, newest first. */
  recent: z.array(diagnosisScoresSchema).max(3),
});

export const scoreDeltaSchema = z.object({ totalScore: z.number().int(), scores: conditionScoresSchema });

export const latestDiagnosisSchema = diagnosisDetailSchema
  .extend({ comparedToPrevious: scoreDeltaSchema.nullable() })
  .nullable();

export const diagnosisListSchema = z.object({
  items: z.array(diagnosisSummarySchema),
  nextCursor: z.string().nullable(),
});

export const historySchema = z.object({
  range: z.enum(['week', 'month']),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  points: z.array(diagnosisScoresSchema),
});

export const deleteDiagnosisOutputSchema = z.object({ id: z.string(), deleted: z.literal(true) });

export type ConditionScores = z.infer<typeof conditionScoresSchema>;
export type SubmitDiagnosisInput = z.infer<typeof submitDiagnosisInputSchema>;
export type ListDiagnosesInput = z.input<typeof listDiagnosesInputSchema>;
export type DiagnosisScores = z.infer<typeof diagnosisScoresSchema>;
export type DiagnosisSummary = z.infer<typeof diagnosisSummarySchema>;
export type DiagnosisDetail = z.infer<typeof diagnosisDetailSchema>;
export type LatestDiagnosis = z.infer<typeof latestDiagnosisSchema>;
export type DiagnosisList = z.infer<typeof diagnosisListSchema>;
export type History = z.infer<typeof historySchema>;
