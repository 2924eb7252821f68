import { z } from 'zod';
import { conditionIdSchema, modelRoleSchema } from '../catalogue/conditions';

/** Version of the diagnosis result object; bump on any incompatible change. */
export const RESULT_SCHEMA_VERSION = 1;
/** Side of the square grid, over the face crop, at which condition masks are kept. */
export const MASK_SIZE = 256;
/** Upper bound of detections per condition (ultralytics `max_det`). */
export const MAX_DETECTIONS = 300;

const unit = z.number().min(0).max(1);
const ms = z.number().min(0).max(600_000);

export const rleMaskSchema = z.object({
  width: z.literal(MASK_SIZE),
  height: z.literal(MASK_SIZE),
  counts: z.string().max(300_000).regex(/^[A-Za-z0-9_-]*$/, 'counts must be base64url'),
});

/** A detection; `box` is `[x1, y1, x2, y2]` as fractions of the face crop's side. */
export const detectionSchema = z.object({
  box: z.tuple([unit, unit, unit, unit]),
  confidence: unit,
  className: z.string().min(1).max(64),
});

export const findingSchema = z.object({
  modelId: z.string().min(1).max(100),
  score: z.number().int().min(0).max(100),
  /** Union mask area over crop area, measured on the `MASK_SIZE` grid. */
  areaRatio: unit,
  maxAreaRatio: z.number().gt(0).lte(1),
  lesionCount: z.number().int().min(0).max(MAX_DETECTIONS),
  detections: z.array(detectionSchema).max(MAX_DETECTIONS),
  mask: rleMaskSchema,
});

export const backendSchema = z.object({
  runtime: z.enum(['onnxruntime-web', 'onnxruntime-node']),
  executionProvider: z.enum(['webgpu', 'wasm', 'cpu']),
  threads: z.number().int().min(1).max(64),
  location: z.enum(['device', 'server']),
});

export const modelUsedSchema = z.object({
  id: z.string().min(1).max(100),
  role: modelRoleSchema,
  version: z.string().min(1).max(50),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  baseline: z.boolean(),
});

/** The outcome of one diagnosis: what the device submits, what the server stores and returns. */
export const diagnosisResultSchema = z.object({
  schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
  image: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
  /** Square crop in image pixels; may extend past the image, where it is padded black. */
  crop: z.object({ x: z.number().int(), y: z.number().int(), size: z.number().int().positive() }),
  face: z.object({ box: z.tuple([z.number(), z.number(), z.number(), z.number()]), confidence: unit }).nullable(),
  findings: z.record(conditionIdSchema, findingSchema),
  totalScore: z.number().int().min(0).max(100),
  models: z.array(modelUsedSchema).min(1).max(8),
  backend: backendSchema,
  timings: z.object({
    face: ms,
    preprocess: ms,
    inference: ms,
    postprocess: ms,
    total: ms,
    perModel: z.record(z.string().max(100), ms),
  }),
});

export type RleMaskData = z.infer<typeof rleMaskSchema>;
export type Detection = z.infer<typeof detectionSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Backend = z.infer<typeof backendSchema>;
export type ModelUsed = z.infer<typeof modelUsedSchema>;
export type DiagnosisResult = z.infer<typeof diagnosisResultSchema>;
export type ConditionIdKey = z.infer<typeof conditionIdSchema>;
