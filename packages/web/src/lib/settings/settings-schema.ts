import { modelRoleSchema } from '@derma/shared';
import { z } from 'zod';

export const languageSchema = z.enum(['ko', 'en']);

/**
 * Which model files this device loads where the person made no per-model choice: what suits the
 * device and connection, the full-precision main files, or the smallest files that find the same.
 */
export const modelPreferenceSchema = z.enum(['auto', 'quality', 'small']);
export type ModelPreference = z.infer<typeof modelPreferenceSchema>;
export type Language = z.infer<typeof languageSchema>;

/** The user's settings, kept on the device; every field has a default so old copies still parse. */
export const settingsSchema = z.object({
  language: languageSchema,
  /** Keep the photo with the result in the account when signed in; off: the account never stores it. */
  keepPhotos: z.boolean().default(false),
  /** With kept photos: let the advice model look at the photo too; off: it sees only the scores. */
  photoAdvice: z.boolean().default(false),
  /** Send a downscaled photo to the server instead of running the models on this device. */
  preferServer: z.boolean().default(false),
  /** Variant id per model role, when the manifest offers lighter files. */
  variants: z.partialRecord(modelRoleSchema, z.string()).default({}),
  /** For the models without a choice of their own. */
  modelPreference: modelPreferenceSchema.default('auto'),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The browser's preferred language among ours: Korean when it leads with Korean, else English. */
export function browserLanguage(languages: readonly string[]): Language {
  const first = languages.find((l) => /^(ko|en)\b/i.test(l));
  return first?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Parses stored settings, falling back to defaults field by field. */
export function parseSettings(raw: string | null, languages: readonly string[]): Settings {
  const defaults: Settings = { language: browserLanguage(languages), keepPhotos: false, photoAdvice: false, preferServer: false, variants: {}, modelPreference: 'auto' };
  if (!raw) return defaults;
  try {
    const parsed = settingsSchema.partial().safeParse(JSON.parse(raw));
    return parsed.success ? { ...defaults, ...parsed.data } : defaults;
  } catch {
    return defaults;
  }
}
