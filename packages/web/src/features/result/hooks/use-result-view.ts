import type { UseQueryResult } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../../lib/auth/use-session';
import type { ResultView } from '../api/load-result-view';
import { loadResultView } from '../api/load-result-view';
import { DIAGNOSIS_KEY } from '../../../lib/trpc/invalidate-diagnoses';

/** One diagnosis for the result screen; refreshed when the offline queue syncs. */
export function useResultView(id: string): UseQueryResult<ResultView | null> {
  const { user, loading } = useSession();
  return useQuery({
    queryKey: [...DIAGNOSIS_KEY, 'view', id, user?.id ?? null],
    queryFn: () => loadResultView(id, user),
    enabled: !loading,
    networkMode: 'always',
  });
}
