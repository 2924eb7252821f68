import { z } from 'zod';

export const adviceLanguageSchema = z.enum(['ko', 'en']);

export const adviceInputSchema = z.object({
  diagnosisId: z.uuid(),
  language: adviceLanguageSchema,
  /** Ask for the vision model on the kept photo; ignored when no photo was kept. */
  usePhoto: z.boolean().default(false),
});

export const adviceStatusSchema = z.enum(['pending', 'done', 'failed']);

/** Stored advice for one diagnosis and language. */
export const adviceSchema = z.object({
  diagnosisId: z.string(),
  language: adviceLanguageSchema,
  status: adviceStatusSchema,
  model: z.string(),
  /** The vision model saw the kept photo (advice.stream with `usePhoto`). */
  usedPhoto: z.boolean(),
  content: z.string(),
  error: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});

/** Events of `advice.stream`: tokens as Ollama produces them, then the stored advice. */
export const adviceEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('token'), text: z.string() }),
  z.object({ type: z.literal('done'), advice: adviceSchema }),
]);

export type AdviceLanguage = z.infer<typeof adviceLanguageSchema>;
export type AdviceInput = z.input<typeof adviceInputSchema>;
export type AdviceStatus = z.infer<typeof adviceStatusSchema>;
export type Advice = z.infer<typeof adviceSchema>;
export type AdviceEvent = z.infer<typeof adviceEventSchema>;
