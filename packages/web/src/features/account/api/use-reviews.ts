import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../../lib/trpc/trpc';

/** The user's reviews and the mutation that adds one. */
export function useReviews() {
  const queryClient = useQueryClient();
  const list = useQuery(trpc.review.list.queryOptions());
  const create = useMutation(trpc.review.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.review.list.queryKey() }) }));
  return { list, create };
}
