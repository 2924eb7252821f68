import type { QueryClient } from '@tanstack/react-query';
import { trpc } from './trpc';

/** The key prefix of every query that lists or shows diagnoses (local and server, merged). */
export const DIAGNOSIS_KEY = ['diagnosis'] as const;

/**
 * After a diagnosis is stored, synced or deleted: refetches every query that shows diagnoses
 * and the insights computed from them (the server drops its insight cache at the same moment).
 */
export async function invalidateDiagnoses(queryClient: QueryClient): Promise<void> {
  await Promise.all([queryClient.invalidateQueries({ queryKey: DIAGNOSIS_KEY }), queryClient.invalidateQueries({ queryKey: trpc.insights.pathKey() })]);
}
