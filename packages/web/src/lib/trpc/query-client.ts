import { QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';

/** tRPC error code of a failed call, when it is one. */
export function trpcCode(error: unknown): string | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string' ? data.code : undefined;
}

/** TanStack Query, tuned for the API: no retry on client errors, one retry otherwise. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, error) => {
        const code = trpcCode(error);
        if (code && ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST'].includes(code)) return false;
        return count < 1;
      },
      refetchOnWindowFocus: false,
    },
  },
});
