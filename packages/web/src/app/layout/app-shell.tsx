import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import type { MessageKey } from '../../lib/i18n/message-key';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useOutboxSync } from '../../lib/sync/use-outbox-sync';
import { OfflineBanner } from './offline-banner';

const LINKS: { to: string; label: MessageKey; icon: string }[] = [
  { to: '/', label: 'nav.diagnose', icon: '◎' },
  { to: '/history', label: 'nav.history', icon: '☰' },
  { to: '/insights', label: 'nav.insights', icon: '↗' },
  { to: '/account', label: 'nav.account', icon: '◉' },
  { to: '/settings', label: 'nav.settings', icon: '⚙' },
];

/** Header, navigation (top on desktop, bottom bar on phones) and the current screen. */
export function AppShell(): ReactNode {
  const { t } = useI18n();
  useOutboxSync();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand">
          <img src="/icon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </NavLink>
        <nav aria-label={t('nav.label')} className="nav">
          {LINKS.map((link) => (
            <NavLink key={link.to} to={link.to} end={link.to === '/'} className="nav-link">
              <span aria-hidden="true" className="nav-icon">
                {link.icon}
              </span>
              <span>{t(link.label)}</span>
            </NavLink>
          ))}
        </nav>
      </header>
      <OfflineBanner />
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
