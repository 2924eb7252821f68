import { createBrowserRouter } from 'react-router';
import { AppShell } from './layout/app-shell';
import { DiagnosePage } from './routes/diagnose-page';
import { ResultPage } from './routes/result-page';

/**
 * Every screen of the app; unknown paths land on the diagnose screen. The check and its result
 * are in the first bundle; the other screens (history and insights carry the chart library) load
 * when first opened, so a phone on a slow link starts sooner. The service worker precaches
 * them all, so they open offline too.
 */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <DiagnosePage /> },
      { path: 'result/:id', element: <ResultPage /> },
      { path: 'history', lazy: async () => ({ Component: (await import('./routes/history-page')).HistoryPage }) },
      { path: 'insights', lazy: async () => ({ Component: (await import('./routes/insights-page')).InsightsPage }) },
      { path: 'account', lazy: async () => ({ Component: (await import('./routes/account-page')).AccountPage }) },
      { path: 'reset-password', lazy: async () => ({ Component: (await import('./routes/reset-password-page')).ResetPasswordPage }) },
      { path: 'settings', lazy: async () => ({ Component: (await import('./routes/settings-page')).SettingsPage }) },
      { path: '*', element: <DiagnosePage /> },
    ],
  },
]);
