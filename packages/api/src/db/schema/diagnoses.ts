import type { Backend, Detection, DiagnosisResult, Finding, ModelUsed } from '@derma/shared';
import { bigint, double, index, int, mediumtext, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { jsonText, timestampMs, uuid } from './columns';
import { users } from './users';

/**
 * The parts of a result that are not per-condition findings, kept as one JSON document so a new
 * optional field of the result (version 2's `layout` and `notices`) needs no migration.
 */
export type ResultMeta = Pick<DiagnosisResult, 'schemaVersion' | 'image' | 'crop' | 'face' | 'layout' | 'notices' | 'timings'>;

/** Per-zone counts and coverage of one condition; null for version 1 results. */
export type FindingZones = NonNullable<Finding['zones']>;

export const diagnoses = mysqlTable(
  'diagnoses',
  {
    id: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    clientId: uuid().notNull(),
    totalScore: int().notNull(),
    location: varchar({ length: 10 }).$type<Backend['location']>().notNull(),
    backend: jsonText<Backend>()().notNull(),
    models: jsonText<ModelUsed[]>()().notNull(),
    meta: jsonText<ResultMeta>()().notNull(),
    photoPath: varchar({ length: 255 }),
    createdAt: timestampMs().notNull(),
  },
  (t) => [
    uniqueIndex('diagnoses_user_client_unique').on(t.userId, t.clientId),
    index('diagnoses_user_created_idx').on(t.userId, t.createdAt, t.id),
  ],
);

/** One row per condition of a diagnosis. */
export const findings = mysqlTable(
  'findings',
  {
    id: bigint({ mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    diagnosisId: uuid()
      .notNull()
      .references(() => diagnoses.id, { onDelete: 'cascade' }),
    condition: varchar({ length: 16 }).notNull(),
    modelId: varchar({ length: 100 }).notNull(),
    score: int().notNull(),
    areaRatio: double().notNull(),
    maxAreaRatio: double().notNull(),
    lesionCount: int().notNull(),
    maskCounts: mediumtext().notNull(),
    detections: jsonText<Detection[]>()().notNull(),
    zones: jsonText<FindingZones>()(),
  },
  (t) => [uniqueIndex('findings_diagnosis_condition_unique').on(t.diagnosisId, t.condition)],
);

export type DiagnosisRow = typeof diagnoses.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;
