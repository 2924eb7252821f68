import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';

/**
 * Says plainly that photos go to the server because the person chose it in settings, the only
 * route that uploads without asking. Silent while analysis stays on the device.
 */
export function ServerModeNotice({ preferred }: { preferred: boolean }): ReactNode {
  const { t } = useI18n();
  if (!preferred) return null;
  return (
    <section className="banner banner-info" aria-labelledby="server-title" data-testid="server-mode" data-reason="preferred">
      <h2 id="server-title" className="banner-title">
        {t('diagnose.server')}
      </h2>
      <p>{t('diagnose.serverPreferred')}</p>
      <p className="muted small">{t('diagnose.serverPrivacy')}</p>
    </section>
  );
}
