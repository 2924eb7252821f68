import { NO_FACE_MESSAGE } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';

/** Why the diagnosis failed; "no face" in the original server's words. */
export function DiagnoseError({ error }: { error: WorkerFailure }): ReactNode {
  const { t, language } = useI18n();
  const text =
    error.code === 'NO_FACE'
      ? NO_FACE_MESSAGE[language]
      : error.code === 'IMAGE_UNREADABLE'
        ? t('diagnose.notImage')
        : t('diagnose.failed', { message: error.message });
  return (
    <p role="alert" className="banner banner-error" data-testid="diagnose-error" data-code={error.code}>
      {text}
    </p>
  );
}
