import type { AppRouter } from '@derma/api';
import type { Insights } from '@derma/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import type { TRPCClientErrorLike } from '@trpc/client';
import { trpc } from '../../../lib/trpc/trpc';

/** The account's insights over the last `days` days. */
export function useInsights(days: number, enabled: boolean): UseQueryResult<Insights, TRPCClientErrorLike<AppRouter>> {
  return useQuery(trpc.insights.get.queryOptions({ days }, { enabled }));
}
