import { z } from 'zod';
import { DEFAULT_MAX_AREA_RATIO, modelRoleSchema } from '../catalogue/conditions';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits');
const relativeFileSchema = z
  .string()
  .min(1)
  .refine((f) => !f.startsWith('/') && !f.split('/').includes('..'), 'file must be a relative path inside models/');

/** A lighter file of the same model (fp16, int8, smaller imgsz) the app may pick per device. */
export const modelVariantSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['fp16', 'int8', 'imgsz']),
  file: relativeFileSchema,
  sha256: sha256Schema,
  bytes: z.number().int().positive(),
  imgsz: z.number().int().positive().multipleOf(32),
});

/**
 * One model of `models/manifest.json`. Thresholds default to ultralytics predict's
 * (`conf=0.25`, `iou=0.7`, `max_det=300`; ultralytics/cfg/default.yaml).
 */
export const manifestModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'id: lowercase letters, digits, . _ -'),
  role: modelRoleSchema,
  task: z.enum(['detect', 'segment']),
  file: relativeFileSchema,
  sha256: sha256Schema,
  bytes: z.number().int().positive(),
  imgsz: z.number().int().positive().multipleOf(32),
  names: z.array(z.string().min(1)).min(1),
  conf: z.number().gt(0).lt(1).default(0.25),
  iou: z.number().gt(0).lte(1).default(0.7),
  maxDet: z.number().int().positive().default(300),
  maxAreaRatio: z.number().gt(0).lte(1).default(DEFAULT_MAX_AREA_RATIO),
  /** Face models only: side of the square crop as a multiple of the face box's longer side. */
  cropScale: z.number().gt(0).lte(4).default(1),
  version: z.string().min(1),
  baseline: z.boolean().default(false),
  description: z.string().default(''),
  variants: z.array(modelVariantSchema).default([]),
});

export const manifestSchema = z
  .object({
    schemaVersion: z.literal(1),
    models: z.array(manifestModelSchema).min(1),
  })
  .superRefine((m, ctx) => {
    const roles = m.models.map((model) => model.role);
    for (const role of new Set(roles)) {
      if (roles.filter((r) => r === role).length > 1) {
        ctx.addIssue({ code: 'custom', message: `more than one model for "${role}"`, path: ['models'] });
      }
    }
    for (const [i, model] of m.models.entries()) {
      const expected = model.role === 'face' ? 'detect' : 'segment';
      if (model.task !== expected) {
        ctx.addIssue({ code: 'custom', message: `${model.id}: role ${model.role} needs task ${expected}`, path: ['models', i, 'task'] });
      }
    }
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestModel = z.infer<typeof manifestModelSchema>;
export type ManifestModelInput = z.input<typeof manifestModelSchema>;
