import type { User } from '@derma/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { listLocalResults } from '../../../lib/storage/local-results';
import { api } from '../../../lib/trpc/trpc-client';
import type { HistoryItem } from './history-item';
import { fromLocal } from './history-item';
import { DIAGNOSIS_KEY } from '../../../lib/trpc/invalidate-diagnoses';

export type TrendRange = 'week' | 'month';

const DAYS: Record<TrendRange, number> = { week: 7, month: 30 };

/** Score points of the last week or month (30 days), oldest first, for the trend chart. */
export function useTrend(user: User | null, range: TrendRange): UseQueryResult<Pick<HistoryItem, 'createdAt' | 'totalScore' | 'scores'>[]> {
  return useQuery({
    queryKey: [...DIAGNOSIS_KEY, 'trend', user?.id ?? null, range],
    queryFn: async () => {
      if (user) return (await api.diagnosis.history.query({ range })).points;
      const to = new Date();
      const from = new Date(to.getTime() - DAYS[range] * 86_400_000);
      return (await listLocalResults(from.toISOString(), to.toISOString())).map(fromLocal).reverse();
    },
  });
}
