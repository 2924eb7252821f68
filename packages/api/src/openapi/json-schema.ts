import { adviceEventSchema, analyzeFieldsSchema } from '@derma/shared';
import { z } from 'zod';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as plain data. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of a zod schema, for what a client sends (`input`: defaults make fields
 * optional) or receives (`output`). Inline, without `$schema`, so it can sit anywhere in the document.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;
  return rest;
}

const image = z.file().meta({ description: 'The photo: JPEG, PNG or WebP.' });

/**
 * The form fields of the multipart procedures, whose tRPC input is `FormData` and is read field
 * by field: analyze by `analyzeFieldsSchema`, attachPhoto by a UUID `id` (see attach-photo.ts).
 */
export const MULTIPART_FIELDS: Readonly<Record<string, z.ZodObject>> = {
  'diagnosis.analyze': analyzeFieldsSchema.extend({ image }),
  'diagnosis.attachPhoto': z.object({ id: z.uuid().meta({ description: 'The diagnosis to keep the photo of.' }), image }),
};

/** What each subscription yields, one per SSE `data:` line; tRPC does not record it on the procedure. */
export const SUBSCRIPTION_EVENTS: Readonly<Record<string, z.ZodType>> = {
  'advice.stream': adviceEventSchema,
};
