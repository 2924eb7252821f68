import { resetPasswordInputSchema } from '@derma/shared';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormMessage } from '../../../components/form-message';
import { formIssue } from '../../../lib/i18n/form-issue';
import type { ErrorKey } from '../../../lib/i18n/error-messages-en';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useAccountMutations } from '../api/use-account-mutations';

/** Sets a new password with the token from the emailed reset link. */
export function ResetPasswordForm({ token }: { token: string }): ReactNode {
  const { t } = useI18n();
  const { resetPassword } = useAccountMutations();
  const [password, setPassword] = useState('');
  const [invalid, setInvalid] = useState<ErrorKey | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const issue = formIssue(resetPasswordInputSchema, { token, password });
    setInvalid(issue);
    if (!issue) resetPassword.mutate({ token, password });
  };
  if (resetPassword.isSuccess)
    return (
      <p role="status" className="banner banner-info">
        {t('account.resetDone')} <Link to="/account">{t('account.login')}</Link>
      </p>
    );
  return (
    <form className="card form" onSubmit={submit}>
      <TextField label={t('account.newPassword')} type="password" autoComplete="new-password" required hint={t('account.passwordRule')} value={password} onChange={(e) => setPassword(e.target.value)} />
      <FormMessage invalid={invalid} error={resetPassword.error} />
      <button type="submit" className="button button-primary" disabled={resetPassword.isPending}>
        {t('common.save')}
      </button>
    </form>
  );
}
