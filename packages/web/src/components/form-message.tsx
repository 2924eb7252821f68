import type { ReactNode } from 'react';

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
