import type { ReactNode } from 'react';
import { useSyncExternalStore } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Tells the user when the device is offline and what still works. */
export function OfflineBanner(): ReactNode {
  const { t } = useI18n();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  if (online) return null;
  return (
    <p role="status" className="banner banner-warn">
      {t('common.offline')}
    </p>
  );
}
