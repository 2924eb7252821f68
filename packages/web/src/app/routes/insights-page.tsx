import type { ReactNode } from 'react';
import { InsightsScreen } from '../../features/insights/components/insights-screen';
import { useI18n } from '../../lib/i18n/i18n-context';

/** `/insights`. */
export function InsightsPage(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('insights.title')}</h1>
      <InsightsScreen />
    </div>
  );
}
