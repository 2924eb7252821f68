import { requestPasswordResetInputSchema } from '@derma/shared';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { FormMessage } from '../../../components/form-message';
import { formIssue } from '../../../lib/i18n/form-issue';
import type { ErrorKey } from '../../../lib/i18n/error-messages-en';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useAccountMutations } from '../api/use-account-mutations';

/** Asks the API to email a password reset link. */
export function ForgotPasswordForm(): ReactNode {
  const { t } = useI18n();
  const { requestReset } = useAccountMutations();
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState<ErrorKey | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const issue = formIssue(requestPasswordResetInputSchema, { email });
    setInvalid(issue);
    if (!issue) requestReset.mutate(requestPasswordResetInputSchema.parse({ email }));
  };
  return (
    <details className="details">
      <summary>{t('account.forgot')}</summary>
      <form className="form" onSubmit={submit}>
        <TextField label={t('account.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <FormMessage invalid={invalid} error={requestReset.error} success={requestReset.isSuccess ? t('account.resetSent') : null} />
        <button type="submit" className="button" disabled={requestReset.isPending}>
          {t('account.sendReset')}
        </button>
      </form>
    </details>
  );
}
