import type { Insights } from '@derma/shared';
import { int, mysqlTable, primaryKey } from 'drizzle-orm/mysql-core';
import { jsonText, timestampMs, uuid } from './columns';
import { users } from './users';

/** Computed insights per user and period, valid until `expiresAt`; deleted when diagnoses change. */
export const insightCache = mysqlTable(
  'insight_cache',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    periodDays: int().notNull(),
    payload: jsonText<Insights>()().notNull(),
    expiresAt: timestampMs().notNull(),
    createdAt: timestampMs().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.periodDays] })],
);
