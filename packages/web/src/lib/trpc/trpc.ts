import type { AppRouter } from '@derma/api';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { queryClient } from './query-client';
import { api } from './trpc-client';

/**
 * tRPC's TanStack Query integration: typed query and mutation options, and their keys, for
 * every procedure, e.g. `useQuery(trpc.insights.get.queryOptions({ days }))`. One app-wide
 * instance (a single-page app has one query client), usable outside components too.
 */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: api, queryClient });
