import { createTRPCClient, httpBatchLink, httpLink, httpSubscriptionLink, isNonJsonSerializable, splitLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import type { AppRouter } from '../trpc/root';

/**
 * A typed tRPC client for Node, as a non-browser app would build one: Bearer token on every
 * call, subscriptions over SSE with the `eventsource` package (Node 20 has no EventSource),
 * photo uploads as FormData through a non-batching link.
 */
export function createNodeClient(baseUrl: string, token?: string) {
  const headers = (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
  const url = `${baseUrl}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          EventSource,
          eventSourceOptions: () => ({
            fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, ...headers() } }),
          }),
        }),
        // FormData uploads (diagnosis.analyze) cannot be batched: they go alone through httpLink.
        false: splitLink({
          condition: (op) => isNonJsonSerializable(op.input),
          true: httpLink({ url, headers }),
          false: httpBatchLink({ url, headers }),
        }),
      }),
    ],
  });
}
