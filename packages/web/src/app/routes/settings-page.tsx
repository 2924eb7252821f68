import type { ReactNode } from 'react';
import { SettingsForm } from '../../features/settings/components/settings-form';
import { useI18n } from '../../lib/i18n/i18n-context';

/** `/settings`. */
export function SettingsPage(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('settings.title')}</h1>
      <SettingsForm />
    </div>
  );
}
