import { AUTH_REASONS, type AuthReason } from '@derma/shared';
import { TRPCClientError } from '@trpc/client';
import type { ErrorKey } from './error-messages-en';
import type { MessageKey } from './message-key';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const CODES = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE', 'TIMEOUT'] as const;

function isAuthReason(value: unknown): value is AuthReason {
  return AUTH_REASONS.includes(value as AuthReason);
}

/** The text key of a failed API call: its `reason`, else its tRPC code; null when it is not an API error. */
export function errorKey(error: unknown): ErrorKey | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { code?: unknown; reason?: unknown } | null | undefined;
  // No data: the request never got a tRPC answer (offline, DNS, a proxy's HTML error page).
  if (!data) return 'error.network';
  if (isAuthReason(data.reason)) return `error.reason.${data.reason}`;
  const code = CODES.find((c) => c === data.code);
  return code ? `error.code.${code}` : 'error.unknown';
}

/**
 * What to tell the user, in their language, about a failed call: never the server's English
 * `message`, except inside the generic text for an error that is not from the API at all.
 */
export function errorText(error: unknown, t: Translate): string | null {
  if (error === null || error === undefined) return null;
  const key = errorKey(error);
  return key ? t(key) : t('common.error', { message: error instanceof Error ? error.message : String(error) });
}
