import type { ReactNode } from 'react';
import type { ZodType } from 'zod';

/** The first validation message of a zod parse, or null when the value is valid. */
export function firstIssue(schema: ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'invalid');
}

/** A form's outcome line: an error (announced assertively) or a success (politely). */
export function FormMessage({ error, success }: { error?: string | null | undefined; success?: string | null | undefined }): ReactNode {
  if (error)
    return (
      <p role="alert" className="error-text">
        {error}
      </p>
    );
  if (success)
    return (
      <p role="status" className="ok-text">
        {success}
      </p>
    );
  return null;
}
