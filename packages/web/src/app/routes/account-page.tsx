import type { ReactNode } from 'react';
import { AccountScreen } from '../../features/account/components/account-screen';
import { useI18n } from '../../lib/i18n/i18n-context';

/** `/account`. */
export function AccountPage(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('account.title')}</h1>
      <AccountScreen />
    </div>
  );
}
