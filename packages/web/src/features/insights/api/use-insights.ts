import type { Insights } from '@derma/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/trpc/trpc-client';

/** The account's insights over the last `days` days. */
export function useInsights(days: number, enabled: boolean): UseQueryResult<Insights> {
  return useQuery({ queryKey: ['insights', days], queryFn: () => api.insights.get.query({ days }), enabled });
}
