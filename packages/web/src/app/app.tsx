import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { queryClient } from '../lib/trpc/query-client';
import { router } from './router';

/** The app's providers around its routes. */
export function App(): ReactNode {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  );
}
