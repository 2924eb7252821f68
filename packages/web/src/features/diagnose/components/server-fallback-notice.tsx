import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useSettings } from '../../../lib/settings/use-settings';

/**
 * The server fallback's state. Server-side analysis is not offered by the API yet, so the
 * notice says so plainly instead of pretending to upload.
 */
export function ServerFallbackNotice({ onDeviceFailed }: { onDeviceFailed: boolean }): ReactNode {
  const { t } = useI18n();
  const { preferServer } = useSettings();
  if (!preferServer && !onDeviceFailed) return null;
  return (
    <section className="banner banner-info" aria-labelledby="server-title" data-testid="server-unavailable">
      <h2 id="server-title" className="banner-title">
        {t('diagnose.server')}
      </h2>
      <p>{onDeviceFailed ? t('diagnose.serverOnlyUnavailable') : t('diagnose.serverUnavailable')}</p>
    </section>
  );
}
