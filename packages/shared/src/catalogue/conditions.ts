import { z } from 'zod';

/** The skin conditions derma-edge scores, in display order. */
export const CONDITION_IDS = ['acne', 'atopy', 'wrinkle'] as const;

export const conditionIdSchema = z.enum(CONDITION_IDS);
export type ConditionId = z.infer<typeof conditionIdSchema>;

/** The role of a model in the pipeline: one of the conditions, or the face detector. */
export const modelRoleSchema = z.enum([...CONDITION_IDS, 'face']);
export type ModelRole = z.infer<typeof modelRoleSchema>;

/**
 * Mask coverage of the face crop at which a condition scores 0.
 * Source: the original server's `calculate_score(mask_area, total_area, max_ratio=0.1)`.
 */
export const DEFAULT_MAX_AREA_RATIO = 0.1;

export interface ConditionInfo {
  id: ConditionId;
  label: { ko: string; en: string };
  /** Overlay colour as `#rrggbb`. */
  color: string;
}

/** Display metadata per condition, shared by the web app, the CLI and advice prompts. */
export const CONDITIONS: Readonly<Record<ConditionId, ConditionInfo>> = {
  acne: { id: 'acne', label: { ko: '여드름', en: 'Acne' }, color: '#e5484d' },
  atopy: { id: 'atopy', label: { ko: '아토피 피부염', en: 'Atopic dermatitis' }, color: '#f76b15' },
  wrinkle: { id: 'wrinkle', label: { ko: '주름', en: 'Wrinkles' }, color: '#3e63dd' },
};
