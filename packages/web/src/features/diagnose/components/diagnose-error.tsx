import { NO_FACE_MESSAGE } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';

/** Failures worded by the app itself; anything else shows the message it came with. */
const WORDED = {
  IMAGE_UNREADABLE: 'diagnose.notImage',
  OFFLINE: 'diagnose.offline',
  SERVER_UNREACHABLE: 'diagnose.serverUnreachable',
  SERVER_BUSY: 'diagnose.serverBusy',
  SERVER_TIMEOUT: 'diagnose.serverTimeout',
  SERVER_TOO_LARGE: 'diagnose.serverTooLarge',
  SERVER_UNAVAILABLE: 'diagnose.serverDown',
} as const;

/** Why the diagnosis failed; "no face" in the original server's words. */
export function DiagnoseError({ error }: { error: WorkerFailure }): ReactNode {
  const { t, language } = useI18n();
  const worded = WORDED[error.code as keyof typeof WORDED] as (typeof WORDED)[keyof typeof WORDED] | undefined;
  const text = error.code === 'NO_FACE' ? NO_FACE_MESSAGE[language] : worded ? t(worded, { message: error.message }) : t('diagnose.failed', { message: error.message });
  return (
    <p role="alert" className="banner banner-error" data-testid="diagnose-error" data-code={error.code}>
      {text}
    </p>
  );
}
