import type { ReactNode } from 'react';
import { useState } from 'react';
import { useSession } from '../../../lib/auth/use-session';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { MessageKey } from '../../../lib/i18n/message-key';
import { useSettings } from '../../../lib/settings/use-settings';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';

interface ServerConsentProps {
  reason: WorkerFailure;
  onServer: (always: boolean) => void;
  onRetry: () => void;
  onCancel: () => void;
}

/** Why this device could not run the models, in words a person can act on. */
function reasonKey(code: string): MessageKey {
  if (code.startsWith('DOWNLOAD_')) return 'consent.reason.download';
  return code === 'NO_WASM' ? 'consent.reason.noWasm' : 'consent.reason.runtime';
}

/**
 * The device cannot run the models: says why and exactly what server analysis would send and
 * keep, and lets the person choose. Nothing leaves the device before "Analyse on the server".
 */
export function ServerConsent({ reason, onServer, onRetry, onCancel }: ServerConsentProps): ReactNode {
  const { t } = useI18n();
  const { user } = useSession();
  const { keepPhotos } = useSettings();
  const [always, setAlways] = useState(false);
  const stored = !user ? 'consent.storedGuest' : keepPhotos ? 'consent.storedKept' : 'consent.storedNotKept';
  return (
    <section className="card" role="alertdialog" aria-labelledby="consent-title" aria-describedby="consent-why" data-testid="server-consent" data-code={reason.code}>
      <h2 id="consent-title" className="card-title">
        {t('consent.title')}
      </h2>
      <p id="consent-why">{t(reasonKey(reason.code))}</p>
      <p className="muted small">{t('consent.detail', { message: reason.message })}</p>
      <p>{t('consent.nothingSent')}</p>
      <p>
        {t('consent.sent')} {t(stored)}
      </p>
      <div className="field field-check">
        <input id="consent-always" type="checkbox" checked={always} onChange={(e) => setAlways(e.target.checked)} />
        <label htmlFor="consent-always">{t('consent.always')}</label>
      </div>
      <div className="row">
        <button type="button" className="button button-primary" data-testid="consent-server" onClick={() => onServer(always)}>
          {t('consent.server')}
        </button>
        <button type="button" className="button" data-testid="consent-retry" onClick={onRetry}>
          {t('consent.retry')}
        </button>
        <button type="button" className="button" data-testid="consent-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
