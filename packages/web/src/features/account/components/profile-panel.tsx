import type { User } from '@derma/shared';
import { updateProfileInputSchema } from '@derma/shared';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { FormMessage } from '../../../components/form-message';
import { formIssue } from '../../../lib/i18n/form-issue';
import type { ErrorKey } from '../../../lib/i18n/error-messages-en';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useAccountMutations } from '../api/use-account-mutations';

/** Who is signed in, renaming, and logging out. */
export function ProfilePanel({ user }: { user: User }): ReactNode {
  const { t } = useI18n();
  const { rename, logout } = useAccountMutations();
  const [username, setUsername] = useState(user.username);
  const [invalid, setInvalid] = useState<ErrorKey | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const issue = formIssue(updateProfileInputSchema, { username });
    setInvalid(issue);
    if (!issue) rename.mutate(updateProfileInputSchema.parse({ username }));
  };
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title" className="card-title" data-testid="signed-in">
        {t('account.welcome', { name: user.username, email: user.email })}
      </h2>
      <form className="form" onSubmit={submit}>
        <TextField label={t('account.rename')} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        <FormMessage invalid={invalid} error={rename.error} success={rename.isSuccess ? t('account.renamed') : null} />
        <button type="submit" className="button" disabled={rename.isPending}>
          {t('common.save')}
        </button>
      </form>
      <button type="button" className="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
        {t('account.logout')}
      </button>
    </section>
  );
}
