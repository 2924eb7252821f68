import type { AppRouter } from '@derma/api';
import { createTRPCClient, httpBatchLink, httpLink, httpSubscriptionLink, isNonJsonSerializable, splitLink } from '@trpc/client';

/**
 * The typed API client: plain JSON over `/trpc` on the app's own origin (the session cookie
 * rides along), subscriptions (streamed advice) over server-sent events, photo uploads
 * (FormData) alone through a non-batching link.
 */
export const api = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({ url: '/trpc' }),
      false: splitLink({
        condition: (op) => isNonJsonSerializable(op.input),
        true: httpLink({ url: '/trpc' }),
        false: httpBatchLink({ url: '/trpc' }),
      }),
    }),
  ],
});
