import type { CreateReviewInput } from '@derma/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/trpc/trpc-client';

const REVIEWS_KEY = ['review', 'list'] as const;

/** The user's reviews and the mutation that adds one. */
export function useReviews() {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: REVIEWS_KEY, queryFn: () => api.review.list.query() });
  const create = useMutation({
    mutationFn: (input: CreateReviewInput) => api.review.create.mutate(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REVIEWS_KEY }),
  });
  return { list, create };
}
