import type { AppRouter } from '@derma/api';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';

/**
 * The typed API client: plain JSON over `/trpc` on the app's own origin (the session cookie
 * rides along), subscriptions (streamed advice) over server-sent events.
 */
export const api = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({ url: '/trpc' }),
      false: httpBatchLink({ url: '/trpc' }),
    }),
  ],
});
