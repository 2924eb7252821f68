import type { ReactNode } from 'react';
import { DiagnosePanel } from '../../features/diagnose/components/diagnose-panel';
import { ModelStatus } from '../../features/diagnose/components/model-status';
import { useI18n } from '../../lib/i18n/i18n-context';

/** Home: take or pick a photo and analyse it on this device. */
export function DiagnosePage(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('diagnose.title')}</h1>
      <p className="lead">{t('diagnose.intro')}</p>
      <DiagnosePanel />
      <ModelStatus />
    </div>
  );
}
