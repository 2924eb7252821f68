import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ResetPasswordForm } from '../../features/account/components/reset-password-form';
import { useI18n } from '../../lib/i18n/i18n-context';

/** `/reset-password?token=…`: the page the emailed reset link opens. */
export function ResetPasswordPage(): ReactNode {
  const { t } = useI18n();
  const [params] = useSearchParams();
  return (
    <div className="page">
      <h1>{t('account.resetTitle')}</h1>
      <ResetPasswordForm token={params.get('token') ?? ''} />
    </div>
  );
}
