import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateDiagnoses } from './invalidate-diagnoses';
import { trpc } from './trpc';

describe('invalidateDiagnoses', () => {
  it('marks the diagnosis lists and the insights stale, and leaves other queries alone', async () => {
    const client = new QueryClient();
    const insightsKey = trpc.insights.get.queryKey({ days: 30 });
    client.setQueryData(['diagnosis', 'history-items', 'u1'], []);
    client.setQueryData(insightsKey, { status: 'insufficient_data' } as never);
    client.setQueryData(trpc.review.list.queryKey(), { items: [], total: 0 });
    await invalidateDiagnoses(client);
    expect(client.getQueryState(['diagnosis', 'history-items', 'u1'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(insightsKey)?.isInvalidated).toBe(true);
    expect(client.getQueryState(trpc.review.list.queryKey())?.isInvalidated).toBe(false);
  });
});
