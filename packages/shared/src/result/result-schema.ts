import { z } from 'zod';
import { conditionIdSchema, modelRoleSchema } from '../catalogue/conditions';
import { zoneIdSchema } from '../face/zone-ids';

/**
 * Version of the diagnosis result object; bump on any incompatible change. Version 2 added the
 * face landmarks, the roll-aligned crop, the skin layout and per-zone findings; stored version 1
 * results still parse (those fields are absent).
 */
export const RESULT_SCHEMA_VERSION = 2;
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

/** Findings of one condition inside one skin zone. */
export const zoneFindingSchema = z.object({
  /** Detections whose centre lies in the zone. */
  count: z.number().int().min(0).max(MAX_DETECTIONS),
  /** Masked cells of the zone over the zone's cells, on the `MASK_SIZE` grid. */
  coverage: unit,
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
  /** Per skin zone (version 2 on); findings outside the skin region are already dropped. */
  zones: z.record(zoneIdSchema, zoneFindingSchema).optional(),
});

const point = z.tuple([z.number(), z.number()]);
/** Five landmarks, YOLOv8-face / YuNet order: right eye, left eye, nose tip, right and left mouth corner (the person's right and left). */
export const landmarksSchema = z.tuple([point, point, point, point, point]);

export const faceSchema = z.object({
  /** `[x1, y1, x2, y2]` in image pixels. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  confidence: unit,
  /** In image pixels (version 2 on). */
  landmarks: landmarksSchema.optional(),
});

/**
 * The landmarks the skin region and zones were built from, as fractions of the crop's side in
 * the crop's own (roll-aligned) frame: the detected ones, or the on-screen guide's when the
 * user aligned the face by hand.
 */
export const layoutSchema = z.object({
  source: z.enum(['detected', 'guide']),
  landmarks: landmarksSchema,
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
  schemaVersion: z.union([z.literal(1), z.literal(RESULT_SCHEMA_VERSION)]),
  image: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
  /**
   * Square crop in image pixels, before rotation: its centre is (x + size/2, y + size/2) and its
   * axes are turned by `angle` degrees (the roll of the eye line, clockwise on screen), so
   * crop pixel (u, v) is image point centre + R(angle)·(u - size/2, v - size/2). It may extend
   * past the image, where it is padded black.
   */
  crop: z.object({
    x: z.number().int(),
    y: z.number().int(),
    size: z.number().int().positive(),
    angle: z.number().min(-180).max(180).optional(),
  }),
  face: faceSchema.nullable(),
  /** Version 2 on. */
  layout: layoutSchema.optional(),
  /** What the quality gate let through with a remark, e.g. `LARGEST_FACE` when several faces were seen. */
  notices: z.array(z.enum(['LARGEST_FACE'])).max(4).optional(),
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
}).superRefine((r, ctx) => {
  if (r.schemaVersion < 2) return;
  if (!r.layout) ctx.addIssue({ code: 'custom', message: 'version 2 results carry a layout', path: ['layout'] });
  for (const [id, f] of Object.entries(r.findings)) {
    if (!f.zones) ctx.addIssue({ code: 'custom', message: 'version 2 findings carry zones', path: ['findings', id, 'zones'] });
  }
  if (r.face && !r.face.landmarks) ctx.addIssue({ code: 'custom', message: 'version 2 faces carry landmarks', path: ['face', 'landmarks'] });
});

export type RleMaskData = z.infer<typeof rleMaskSchema>;
export type Detection = z.infer<typeof detectionSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Backend = z.infer<typeof backendSchema>;
export type ModelUsed = z.infer<typeof modelUsedSchema>;
export type DiagnosisResult = z.infer<typeof diagnosisResultSchema>;
export type ZoneFinding = z.infer<typeof zoneFindingSchema>;
export type Landmarks = z.infer<typeof landmarksSchema>;
export type Face = z.infer<typeof faceSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type ConditionIdKey = z.infer<typeof conditionIdSchema>;
