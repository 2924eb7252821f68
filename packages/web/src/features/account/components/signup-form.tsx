import { signupInputSchema } from '@derma/shared';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { FormMessage } from '../../../components/form-message';
import { formIssue } from '../../../lib/i18n/form-issue';
import type { ErrorKey } from '../../../lib/i18n/error-messages-en';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useAccountMutations } from '../api/use-account-mutations';

/** New account: email, username and password, checked by the API's own schema before sending. */
export function SignupForm(): ReactNode {
  const { t } = useI18n();
  const { signup } = useAccountMutations();
  const [form, setForm] = useState({ email: '', username: '', password: '' });
  const [invalid, setInvalid] = useState<ErrorKey | null>(null);
  const field = (name: keyof typeof form) => ({ value: form[name], onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }) });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const issue = formIssue(signupInputSchema, form);
    setInvalid(issue);
    if (!issue) signup.mutate(signupInputSchema.parse(form));
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('account.signup')}>
      <TextField label={t('account.email')} type="email" autoComplete="email" required {...field('email')} />
      <TextField label={t('account.username')} autoComplete="username" required minLength={3} maxLength={50} {...field('username')} />
      <TextField label={t('account.password')} type="password" autoComplete="new-password" required minLength={8} hint={t('account.passwordRule')} {...field('password')} />
      <FormMessage invalid={invalid} error={signup.error} />
      <button type="submit" className="button button-primary" disabled={signup.isPending}>
        {t('account.signup')}
      </button>
    </form>
  );
}
