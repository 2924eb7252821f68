import { loginInputSchema } from '@derma/shared';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { FormMessage } from '../../../components/form-message';
import { formIssue } from '../../../lib/i18n/form-issue';
import type { ErrorKey } from '../../../lib/i18n/error-messages-en';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useAccountMutations } from '../api/use-account-mutations';

/** Email and password log-in. */
export function LoginForm(): ReactNode {
  const { t } = useI18n();
  const { login } = useAccountMutations();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [invalid, setInvalid] = useState<ErrorKey | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const value = { email, password };
    const issue = formIssue(loginInputSchema, value);
    setInvalid(issue);
    if (!issue) login.mutate(loginInputSchema.parse(value));
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('account.login')}>
      <TextField label={t('account.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField label={t('account.password')} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <FormMessage invalid={invalid} error={login.error} />
      <button type="submit" className="button button-primary" disabled={login.isPending}>
        {t('account.login')}
      </button>
    </form>
  );
}
