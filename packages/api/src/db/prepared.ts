import type { Database } from './client';

/**
 * One set of prepared queries per database client, built on first use: drizzle then renders
 * each hot query's SQL once instead of on every request, and only the values change.
 * @example const statements = preparedFor((db) => ({ byId: db.select().from(t).where(eq(t.id, sql.placeholder('id'))).prepare() }));
 */
export function preparedFor<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let statements = built.get(db);
    if (!statements) {
      statements = build(db);
      built.set(db, statements);
    }
    return statements;
  };
}
