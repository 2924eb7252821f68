import { mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { timestampMs, uuid } from './columns';

export const users = mysqlTable(
  'users',
  {
    id: uuid().primaryKey(),
    email: varchar({ length: 254 }).notNull(),
    username: varchar({ length: 50 }).notNull(),
    passwordHash: varchar({ length: 255 }).notNull(),
    /** Set by an operator (`derma user disable`): no sign-in, no session, no password reset. */
    disabledAt: timestampMs(),
    createdAt: timestampMs().notNull(),
    updatedAt: timestampMs().notNull(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), uniqueIndex('users_username_unique').on(t.username)],
);

export type UserRow = typeof users.$inferSelect;
