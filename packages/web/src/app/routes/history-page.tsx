import type { ReactNode } from 'react';
import { HistoryScreen } from '../../features/history/components/history-screen';
import { useI18n } from '../../lib/i18n/i18n-context';

/** `/history`. */
export function HistoryPage(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page page-wide">
      <h1>{t('history.title')}</h1>
      <HistoryScreen />
    </div>
  );
}
