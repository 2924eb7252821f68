import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';
import { failureText } from '../api/failure-text';

/** Why the diagnosis failed, in the UI language (see `failureText`). */
export function DiagnoseError({ error }: { error: WorkerFailure }): ReactNode {
  const { t, language } = useI18n();
  return (
    <p role="alert" className="banner banner-error" data-testid="diagnose-error" data-code={error.code}>
      {failureText(error, language, t)}
    </p>
  );
}
