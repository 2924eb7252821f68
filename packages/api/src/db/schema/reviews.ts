import { bigint, index, int, mysqlTable, text } from 'drizzle-orm/mysql-core';
import { timestampMs, uuid } from './columns';
import { users } from './users';

export const reviews = mysqlTable(
  'reviews',
  {
    id: bigint({ mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: int().notNull(),
    comment: text().notNull(),
    createdAt: timestampMs().notNull(),
  },
  (t) => [index('reviews_user_created_idx').on(t.userId, t.createdAt)],
);
