import type { ReactNode } from 'react';
import type { ErrorKey } from '../lib/i18n/error-messages-en';
import { errorText } from '../lib/i18n/error-text';
import { useI18n } from '../lib/i18n/i18n-context';

interface FormMessageProps {
  /** A rule the form's value breaks (from `formIssue`); shown before any API error. */
  invalid?: ErrorKey | null;
  /** The failed mutation's error, worded in the UI language. */
  error?: unknown;
  success?: string | null;
}

/** A form's outcome line: an error (announced assertively) or a success (politely). */
export function FormMessage({ invalid, error, success }: FormMessageProps): ReactNode {
  const { t } = useI18n();
  const problem = invalid ? t(invalid) : errorText(error, t);
  if (problem)
    return (
      <p role="alert" className="error-text">
        {problem}
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
