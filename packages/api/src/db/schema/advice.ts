import type { AdviceLanguage, AdviceStatus } from '@derma/shared';
import { bigint, boolean, mediumtext, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { timestampMs, uuid } from './columns';
import { diagnoses } from './diagnoses';

/** Advice per diagnosis and language; `failed` rows are retried on the next request. */
export const advice = mysqlTable(
  'advice',
  {
    id: bigint({ mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    diagnosisId: uuid()
      .notNull()
      .references(() => diagnoses.id, { onDelete: 'cascade' }),
    language: varchar({ length: 2 }).$type<AdviceLanguage>().notNull(),
    status: varchar({ length: 10 }).$type<AdviceStatus>().notNull(),
    model: varchar({ length: 100 }).notNull(),
    usedPhoto: boolean().notNull().default(false),
    content: mediumtext().notNull(),
    error: varchar({ length: 500 }),
    createdAt: timestampMs().notNull(),
    updatedAt: timestampMs().notNull(),
  },
  (t) => [uniqueIndex('advice_diagnosis_language_unique').on(t.diagnosisId, t.language)],
);
