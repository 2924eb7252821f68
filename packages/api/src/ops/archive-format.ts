import { z } from 'zod';

/** Name and version written in the first line of every backup archive. */
export const ARCHIVE_FORMAT = 'derma-backup';
export const ARCHIVE_VERSION = 1;

/**
 * The archive is gzip-compressed NDJSON, one record per line, in this order:
 * header, then per table a `table` record followed by its `r` rows, then `photo` records, then
 * the manifest. Streamable both ways; the manifest comes last so the writer needs one pass.
 */
const schemaVersionSchema = z.object({
  /** drizzle-kit migration tag, e.g. `0000_init`; null when this build does not know it. */
  tag: z.string().nullable(),
  /** `when` of the migration in the journal, as drizzle stores it in `created_at`. */
  when: z.number().int(),
  hash: z.string(),
});

const headerSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  createdAt: z.string(),
  server: z.string(),
  schema: schemaVersionSchema.nullable(),
});

const tableSchema = z.strictObject({
  table: z.string().regex(/^[A-Za-z0-9_$]{1,64}$/),
  columns: z.array(z.string().min(1)).min(1),
  /** Per column: true when the value is bytes, stored as `{ b64 }`. */
  binary: z.array(z.boolean()),
  /** `SHOW CREATE TABLE`, used for tables that the migrations do not create. */
  createSql: z.string(),
});

export const cellSchema = z.union([z.string(), z.null(), z.strictObject({ b64: z.string() })]);
const rowSchema = z.strictObject({ r: z.array(cellSchema) });

/** A path under PHOTO_DIR: plain segments, no `..`, no absolute paths. */
export const photoPathSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/, 'unsafe photo path')
  .max(255);
const photoSchema = z.strictObject({ photo: photoPathSchema, data: z.string() });

const digest = z.string().regex(/^[0-9a-f]{64}$/);
export const manifestSchema = z.strictObject({
  createdAt: z.string(),
  schema: schemaVersionSchema.nullable(),
  tables: z.record(z.string(), z.strictObject({ rows: z.number().int().nonnegative(), sha256: digest })),
  photos: z.record(z.string(), z.strictObject({ bytes: z.number().int().nonnegative(), sha256: digest })),
});
const manifestRecordSchema = z.strictObject({ manifest: manifestSchema });

export const recordSchema = z.union([rowSchema, tableSchema, photoSchema, headerSchema, manifestRecordSchema]);

export type SchemaVersion = z.infer<typeof schemaVersionSchema>;
export type ArchiveHeader = z.infer<typeof headerSchema>;
export type TableRecord = z.infer<typeof tableSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type RowRecord = z.infer<typeof rowSchema>;
export type PhotoRecord = z.infer<typeof photoSchema>;
export type BackupManifest = z.infer<typeof manifestSchema>;
export type ArchiveRecord = z.infer<typeof recordSchema>;

/** An archive that cannot be trusted: unreadable, truncated, or not matching its manifest. */
export class CorruptArchiveError extends Error {
  override readonly name = 'CorruptArchiveError';
}
