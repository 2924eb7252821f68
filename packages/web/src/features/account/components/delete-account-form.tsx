import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { FormMessage } from '../../../components/form-message';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useAccountMutations } from '../api/use-account-mutations';

const CONFIRM_WORD = 'DELETE';

/** Deletes the account after the user types the confirmation word and their password. */
export function DeleteAccountForm(): ReactNode {
  const { t } = useI18n();
  const { deleteAccount } = useAccountMutations();
  const [word, setWord] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (word === CONFIRM_WORD && password) deleteAccount.mutate({ password });
  };
  return (
    <section className="card card-danger" aria-labelledby="delete-title">
      <details className="details">
        <summary id="delete-title">{t('account.delete')}</summary>
        <form className="form" onSubmit={submit}>
          <p>{t('account.deleteWarning')}</p>
          <TextField label={t('account.deleteConfirmWord')} autoComplete="off" value={word} onChange={(e) => setWord(e.target.value)} />
          <TextField label={t('account.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          <FormMessage error={deleteAccount.error} />
          <button type="submit" className="button button-danger" disabled={word !== CONFIRM_WORD || !password || deleteAccount.isPending}>
            {t('account.delete')}
          </button>
        </form>
      </details>
    </section>
  );
}
