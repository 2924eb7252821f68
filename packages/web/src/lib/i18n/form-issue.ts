import type { ZodType } from 'zod';
import type { ErrorKey } from './error-messages-en';

/** Fields whose rule is worded once for the whole field, whichever check failed. */
const FIELD_KEYS: Record<string, ErrorKey> = {
  email: 'validation.email',
  username: 'validation.username',
  password: 'validation.password',
  next: 'validation.password',
  token: 'validation.token',
};

/**
 * The text key of the first problem the shared zod schema finds in a form's value, or null when
 * it is valid. An empty field the user types into says so; otherwise the field's rule is shown
 * (a reset token is not typed: an empty one is a broken link).
 */
export function formIssue(schema: ZodType, value: unknown): ErrorKey | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  if (!issue) return 'validation.invalid';
  const field = String(issue.path[0] ?? '');
  const fieldValue = (value as Record<string, unknown> | null)?.[field];
  if (fieldValue === '' && field !== 'token') return 'validation.required';
  return FIELD_KEYS[field] ?? 'validation.invalid';
}
