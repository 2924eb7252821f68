import { createBrowserRouter } from 'react-router';
import { AppShell } from './layout/app-shell';
import { AccountPage } from './routes/account-page';
import { DiagnosePage } from './routes/diagnose-page';
import { HistoryPage } from './routes/history-page';
import { InsightsPage } from './routes/insights-page';
import { ResetPasswordPage } from './routes/reset-password-page';
import { ResultPage } from './routes/result-page';
import { SettingsPage } from './routes/settings-page';

/** Every screen of the app; unknown paths land on the diagnose screen. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <DiagnosePage /> },
      { path: 'result/:id', element: <ResultPage /> },
      { path: 'history', element: <HistoryPage /> },
      { path: 'insights', element: <InsightsPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <DiagnosePage /> },
    ],
  },
]);
