import type { User } from '@derma/shared';
import { useQuery } from '@tanstack/react-query';
import { trpcCode } from '../trpc/query-client';
import { trpc } from '../trpc/trpc';
import { api } from '../trpc/trpc-client';

/** Query key of the signed-in user (tRPC's key of `auth.me`); account mutations invalidate it. */
export const SESSION_KEY = trpc.auth.me.queryKey();

export interface SessionState {
  /** null: a guest (no session, or the API is unreachable). */
  user: User | null;
  loading: boolean;
}

/** The signed-in user from `auth.me`; a guest when the API answers UNAUTHORIZED or is offline. */
export function useSession(): SessionState {
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return await api.auth.me.query();
      } catch (error) {
        if (trpcCode(error) === 'UNAUTHORIZED') return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    // Offline: keep showing the last known user so queued results still belong to them.
    networkMode: 'offlineFirst',
  });
  return { user: query.data ?? null, loading: query.isPending };
}
