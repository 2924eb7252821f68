import { char, index, mysqlTable } from 'drizzle-orm/mysql-core';
import { timestampMs, uuid } from './columns';
import { users } from './users';

/** Sessions as Lucia's guide stores them: the id is the SHA-256 (hex) of the token, never the token. */
export const sessions = mysqlTable(
  'sessions',
  {
    id: char({ length: 64 }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestampMs().notNull(),
    createdAt: timestampMs().notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Single-use password reset tokens, stored as the SHA-256 (hex) of the token. */
export const passwordResetTokens = mysqlTable(
  'password_reset_tokens',
  {
    id: char({ length: 64 }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestampMs().notNull(),
    createdAt: timestampMs().notNull(),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);
