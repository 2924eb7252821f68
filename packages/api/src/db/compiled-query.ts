import { Param, Placeholder, type SQLWrapper } from 'drizzle-orm';
import type { ExecuteValues, RowDataPacket } from 'mysql2/promise';
import type { Database } from './client';

/** Values for a compiled query's placeholders, by name. */
export type PlaceholderValues = Record<string, ExecuteValues>;

// An insert's values come wrapped in a Param with the column's encoder: values go as given.
const placeholderName = (p: unknown): string | undefined => (p instanceof Placeholder ? p.name : p instanceof Param && p.value instanceof Placeholder ? p.value.name : undefined);
// A whole-number constant goes as a string, so a constant LIMIT passes MySQL 8 too.
const constant = (value: unknown) => ({ value: Number.isInteger(value) ? String(value) : value });

/**
 * A drizzle query rendered to SQL once and run as a server-side prepared statement (mysql2
 * `execute`, binary protocol): no SQL built or escaped per call on our side, none parsed per call
 * on the server's, and rows come back as arrays in the selection's column order for a hand-written
 * mapper. For the few hottest statements only; values go as given, not through a column's
 * encoder (a `jsonText` value goes as its JSON text).
 * Constants in the query are sent as parameters too; a LIMIT given as a placeholder takes a
 * string (MySQL 8 refuses a LIMIT parameter sent as the DOUBLE that mysql2 makes of a number).
 * @example const byId = compileQuery((db) => db.select({ id: t.id }).from(t).where(eq(t.id, sql.placeholder('id'))));
 *          const rows = await byId(db, { id });
 */
export function compileQuery(build: (db: Database) => { toSQL(): { sql: string; params: unknown[] } } & SQLWrapper) {
  const compiled = new WeakMap<Database, { sql: string; params: (string | { value: unknown })[] }>();
  return async (db: Database, values: PlaceholderValues): Promise<unknown[][]> => {
    let query = compiled.get(db);
    if (!query) {
      const { sql, params } = build(db).toSQL();
      query = { sql, params: params.map((p) => placeholderName(p) ?? constant(p instanceof Param ? p.value : p)) };
      compiled.set(db, query);
    }
    const args = query.params.map((p) => (typeof p === 'string' ? (values[p] ?? null) : p.value)) as ExecuteValues[];
    const [rows] = await db.$client.execute<RowDataPacket[]>({ sql: query.sql, rowsAsArray: true }, args);
    return rows as unknown[][];
  };
}
