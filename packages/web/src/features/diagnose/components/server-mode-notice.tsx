import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { Route } from '../hooks/use-diagnosis-run';

/**
 * Says plainly when photos go to the server, and why: the user asked for it in settings, or
 * this device could not run the models. Silent while analysis stays on the device.
 */
export function ServerModeNotice({ route, preferred, deviceError }: { route: Route; preferred: boolean; deviceError: string | null }): ReactNode {
  const { t } = useI18n();
  if (route !== 'server') return null;
  return (
    <section className="banner banner-info" aria-labelledby="server-title" data-testid="server-mode" data-reason={preferred ? 'preferred' : 'device-failed'}>
      <h2 id="server-title" className="banner-title">
        {t('diagnose.server')}
      </h2>
      <p>{preferred ? t('diagnose.serverPreferred') : t('diagnose.serverFallback', { message: deviceError ?? '' })}</p>
      <p className="muted small">{t('diagnose.serverPrivacy')}</p>
    </section>
  );
}
