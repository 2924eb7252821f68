import { TRPCError } from '@trpc/server';
import type { z } from 'zod';

/** Objects `validated` returned, with the schema that checked them. */
const checkedBy = new WeakMap<object, z.ZodType>();
/** The JSON text of those objects, once written. */
const texts = new WeakMap<object, string>();

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * `schema`'s output for `value` (as tRPC's output check would give it), marked so that
 * `validatedOutput(schema)` passes it as it is: a read kept in memory is checked once, when it is
 * read, not again for every request it answers. A value that does not fit fails as tRPC's own
 * output check does. Keep the result unchanged: it is what later requests are answered with.
 */
export function validated<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Output validation failed', cause: result.error });
  if (isObject(result.data)) checkedBy.set(result.data, schema);
  return result.data;
}

/** Whether `value` came from `validated` (with any schema). */
export const isValidated = (value: unknown): value is object => isObject(value) && checkedBy.has(value);

/**
 * A procedure's output check: what `validated` returned for `schema` passes as it is, anything
 * else is parsed by `schema`. Carries `schema`, which the API description reads.
 */
export function validatedOutput<S extends z.ZodType>(schema: S): ((value: unknown) => Promise<z.output<S>> | z.output<S>) & { schema: S } {
  const check = (value: unknown) => (isObject(value) && checkedBy.get(value) === schema ? (value as z.output<S>) : schema.parseAsync(value));
  return Object.assign(check, { schema });
}

/** `JSON.stringify(value)`, written once for a value `validated` returned (kept reads answer many requests). */
export function jsonOf(value: unknown): string {
  if (!isValidated(value)) return JSON.stringify(value);
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}
