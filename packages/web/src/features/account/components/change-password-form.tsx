import { changePasswordInputSchema } from '@derma/shared';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { FormMessage } from '../../../components/form-message';
import { formIssue } from '../../../lib/i18n/form-issue';
import type { ErrorKey } from '../../../lib/i18n/error-messages-en';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useAccountMutations } from '../api/use-account-mutations';

/** Changes the password given the current one. */
export function ChangePasswordForm(): ReactNode {
  const { t } = useI18n();
  const { changePassword } = useAccountMutations();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [invalid, setInvalid] = useState<ErrorKey | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const issue = formIssue(changePasswordInputSchema, { current, next });
    setInvalid(issue);
    if (issue) return;
    changePassword.mutate(changePasswordInputSchema.parse({ current, next }), {
      onSuccess: () => {
        setCurrent('');
        setNext('');
      },
    });
  };
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title" className="card-title">
        {t('account.changePassword')}
      </h2>
      <form className="form" onSubmit={submit}>
        <TextField label={t('account.currentPassword')} type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        <TextField label={t('account.newPassword')} type="password" autoComplete="new-password" required hint={t('account.passwordRule')} value={next} onChange={(e) => setNext(e.target.value)} />
        <FormMessage invalid={invalid} error={changePassword.error} success={changePassword.isSuccess ? t('account.passwordChanged') : null} />
        <button type="submit" className="button" disabled={changePassword.isPending}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}
