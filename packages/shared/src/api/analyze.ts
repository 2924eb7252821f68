import { z } from 'zod';
import { diagnosisResultSchema } from '../result/result-schema';
import { QUALITY_REASONS } from '../face/quality-reasons';
import { diagnosisDetailSchema } from './diagnosis';

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

/**
 * The text fields of a `diagnosis.analyze` upload (multipart/form-data, with the photo in the
 * `image` field): the client's id for idempotent retries, whether to keep the photo in the
 * account, whether to use the centre square instead of the face model, and the UI language.
 */
export const analyzeFieldsSchema = z.object({
  clientId: z.uuid(),
  keepPhoto: flag,
  skipFace: flag,
  language: z.enum(['ko', 'en']).default('en'),
});

/** Why an analysis was refused, in `error.data.reason`, for clients to word it themselves. */
export const ANALYZE_REASONS = [
  ...QUALITY_REASONS,
  'UNSUPPORTED_TYPE',
  'UNREADABLE',
  'TOO_MANY_PIXELS',
  'TOO_LARGE',
  'BUSY',
  'TIMEOUT',
  'UNAVAILABLE',
] as const;
export type AnalyzeReason = (typeof ANALYZE_REASONS)[number];

/**
 * The server's result; `diagnosis` is the stored record when signed in, null for guests and when
 * the server could not reach its database (submit the result later with the same client id).
 */
export const analyzeOutputSchema = z.object({
  result: diagnosisResultSchema,
  diagnosis: diagnosisDetailSchema.nullable(),
});

export type AnalyzeFields = z.infer<typeof analyzeFieldsSchema>;
export type AnalyzeOutput = z.infer<typeof analyzeOutputSchema>;
