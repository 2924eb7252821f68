import type { ReactNode } from 'react';
import { useState } from 'react';
import { useSession } from '../../../lib/auth/use-session';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { ChangePasswordForm } from './change-password-form';
import { DeleteAccountForm } from './delete-account-form';
import { ForgotPasswordForm } from './forgot-password-form';
import { LoginForm } from './login-form';
import { ProfilePanel } from './profile-panel';
import { ReviewPanel } from './review-panel';
import { SignupForm } from './signup-form';

/** Guests: log in, sign up or reset a password. Signed in: profile, password, reviews, deletion. */
export function AccountScreen(): ReactNode {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [mode, setMode] = useState<'login' | 'signup'>('login');
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (user)
    return (
      <>
        <ProfilePanel user={user} />
        <ChangePasswordForm />
        <ReviewPanel />
        <DeleteAccountForm />
      </>
    );
  return (
    <section className="card">
      <p className="muted">{t('account.guest')}</p>
      <div role="tablist" className="tabs" aria-label={t('account.title')}>
        {(['login', 'signup'] as const).map((m) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className="tab" onClick={() => setMode(m)}>
            {t(`account.${m}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">{mode === 'login' ? <LoginForm /> : <SignupForm />}</div>
      <ForgotPasswordForm />
    </section>
  );
}
