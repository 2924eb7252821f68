import type { User } from '@derma/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { listLocalResults } from '../../../lib/storage/local-results';
import { api } from '../../../lib/trpc/trpc-client';
import type { HistoryItem } from './history-item';
import { dayBounds, fromLocal } from './history-item';
import { DIAGNOSIS_KEY } from '../../../lib/trpc/invalidate-diagnoses';

/** Pages fetched at most per range; 100 items each. */
const MAX_PAGES = 10;

async function serverItems(from: string, to: string): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await api.diagnosis.list.query({ from, to, limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...answer.items.map((d) => ({ id: d.id, clientId: d.clientId, createdAt: d.createdAt, totalScore: d.totalScore, scores: d.scores, source: 'server' as const })));
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return items;
}

/** Diagnoses in a day range, newest first: the account's when signed in, else this device's. */
export function useHistoryItems(user: User | null, fromDay: string, toDay: string): UseQueryResult<HistoryItem[]> {
  return useQuery({
    queryKey: [...DIAGNOSIS_KEY, 'history-items', user?.id ?? null, fromDay, toDay],
    queryFn: async () => {
      const { from, to } = dayBounds(fromDay, toDay);
      if (user) return serverItems(from, to);
      return (await listLocalResults(from, to)).map(fromLocal);
    },
  });
}
