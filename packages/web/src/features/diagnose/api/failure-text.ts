import { isQualityReason, QUALITY_MESSAGES } from '@derma/shared';
import type { MessageKey } from '../../../lib/i18n/message-key';
import type { Language } from '../../../lib/settings/settings-schema';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';

/** Failures worded by the app itself; anything else shows the message it came with. */
const WORDED: Readonly<Record<string, MessageKey>> = {
  IMAGE_UNREADABLE: 'diagnose.notImage',
  OFFLINE: 'diagnose.offline',
  SERVER_UNREACHABLE: 'diagnose.serverUnreachable',
  SERVER_BUSY: 'diagnose.serverBusy',
  SERVER_TIMEOUT: 'diagnose.serverTimeout',
  SERVER_TOO_LARGE: 'diagnose.serverTooLarge',
  SERVER_UNAVAILABLE: 'diagnose.serverDown',
};

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * What the diagnose screen says about a failure. A photo the quality gate refused, on this
 * device or on the server, is told what to do in the UI language ("no face" keeps the original
 * server's words); other known failures have their own text; the rest show their message.
 */
export function failureText(error: WorkerFailure, language: Language, t: Translate): string {
  if (isQualityReason(error.code)) return QUALITY_MESSAGES[error.code][language];
  const worded = WORDED[error.code];
  return worded ? t(worded, { message: error.message }) : t('diagnose.failed', { message: error.message });
}
