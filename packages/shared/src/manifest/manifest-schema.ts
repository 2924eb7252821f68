import { z } from 'zod';
import type { ModelRole } from '../catalogue/conditions';
import { DEFAULT_MAX_AREA_RATIO, modelRoleSchema } from '../catalogue/conditions';

/** The ultralytics tasks the pipeline runs: the face model is `pose`, the condition models `segment`. */
export const modelTaskSchema = z.enum(['detect', 'segment', 'pose']);

/** The task a model of `role` must have: pose (box and landmarks) for the face, segment otherwise. */
export function taskForRole(role: ModelRole): 'pose' | 'segment' {
  return role === 'face' ? 'pose' : 'segment';
}

/** Landmarks a face model gives, in YuNet's and yolov8-face's order: right eye, left eye, nose tip, right and left mouth corner. */
export const FACE_KEYPOINTS = 5;

/** Why a face model with `k` keypoints is refused. */
export function faceKeypointsMessage(k: number): string {
  return `a face model needs ${FACE_KEYPOINTS} keypoints (eyes, nose tip, mouth corners), this one has ${k}`;
}

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits');
const relativeFileSchema = z
  .string()
  .min(1)
  .refine((f) => !f.startsWith('/') && !f.split('/').includes('..'), 'file must be a relative path inside models/');

/** Number format of a model file's weights: fp16 and int8 are stored smaller and widened to fp32 when loaded. */
export const modelPrecisionSchema = z.enum(['fp32', 'fp16', 'int8', 'int8-static']);

/**
 * How closely a variant's detections follow the main file's on a set of calibration images, as
 * `derma models optimize` measured it: per image, matched box IoU summed over max(count) (1 when
 * both find nothing), union mask IoU (segment models), and the score difference in points (the
 * condition score for segment models, 100 × confidence for the face model); means over the images,
 * the score difference as its maximum.
 */
export const variantAgreementSchema = z.object({
  images: z.number().int().positive(),
  boxIou: z.number().min(0).max(1),
  maskIou: z.number().min(0).max(1).optional(),
  scoreDiff: z.number().min(0),
});

/**
 * Another file the app may pick per device instead of the main one: the same network with fp16
 * weights (`fp16`, computing in fp32), wholly in fp16 (`fp16-compute`, for WebGPU with
 * `shader-f16`), with int8 weights or int8 activations (`int8`, `int8-static`), at a smaller
 * imgsz (`imgsz`), or `alternative`, another network of the same family trained for
 * the same job (same names, task and keypoints, e.g. YuNet-s beside YuNet-n). `precision` and
 * `agreement` are written by `derma models optimize`; manifests without them stay valid.
 */
export const modelVariantSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['fp16', 'fp16-compute', 'int8', 'int8-static', 'imgsz', 'alternative']),
  file: relativeFileSchema,
  sha256: sha256Schema,
  bytes: z.number().int().positive(),
  imgsz: z.number().int().positive().multipleOf(32),
  precision: modelPrecisionSchema.optional(),
  agreement: variantAgreementSchema.optional(),
});

/**
 * One model of `models/manifest.json`. Thresholds default to ultralytics predict's
 * (`conf=0.25`, `iou=0.7`, `max_det=300`; ultralytics/cfg/default.yaml).
 */
export const manifestModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'id: lowercase letters, digits, . _ -'),
  role: modelRoleSchema,
  task: modelTaskSchema,
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
  /** Pose models only: [K, D], K keypoints of D values (x, y or x, y, visibility), as metadata `kpt_shape`. */
  kptShape: z.tuple([z.number().int().positive(), z.union([z.literal(2), z.literal(3)])]).optional(),
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
      const expected = taskForRole(model.role);
      if (model.task !== expected) {
        ctx.addIssue({ code: 'custom', message: `${model.id}: role ${model.role} needs task ${expected}`, path: ['models', i, 'task'] });
      }
      if ((model.task === 'pose') !== (model.kptShape !== undefined)) {
        const message = model.task === 'pose' ? `${model.id}: a pose model needs kptShape [K, D]` : `${model.id}: kptShape is for pose models only`;
        ctx.addIssue({ code: 'custom', message, path: ['models', i, 'kptShape'] });
      }
      if (model.role === 'face' && model.kptShape && model.kptShape[0] !== FACE_KEYPOINTS) {
        ctx.addIssue({ code: 'custom', message: faceKeypointsMessage(model.kptShape[0]), path: ['models', i, 'kptShape'] });
      }
    }
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestModel = z.infer<typeof manifestModelSchema>;
export type ManifestModelInput = z.input<typeof manifestModelSchema>;
export type ModelTask = z.infer<typeof modelTaskSchema>;
export type ModelVariant = z.infer<typeof modelVariantSchema>;
export type VariantAgreement = z.infer<typeof variantAgreementSchema>;
export type ModelPrecision = z.infer<typeof modelPrecisionSchema>;
