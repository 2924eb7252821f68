import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from '../auth/use-session';
import { invalidateDiagnoses } from '../trpc/invalidate-diagnoses';
import { flushOutbox, OUTBOX_EVENT, queuedFor } from './outbox';
import { sendToAccount } from './send-to-account';

/** First wait before sending left-over entries again; it doubles up to the maximum. */
export const RETRY_FIRST_MS = 30_000;
export const RETRY_MAX_MS = 600_000;

/** The wait after `previous` (null: the first retry). */
export function nextRetryDelay(previous: number | null): number {
  return previous === null ? RETRY_FIRST_MS : Math.min(previous * 2, RETRY_MAX_MS);
}

/**
 * Submits queued results while a user is signed in: at start, when something is queued, when the
 * device is back online or the app is shown again, and, while entries are left over (the server
 * was down, a photo upload failed), again after a growing wait.
 */
export function useOutboxSync(): void {
  const { user } = useSession();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!user) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay: number | null = null;
    let stopped = false;
    const retryLater = (): void => {
      if (stopped) return;
      delay = nextRetryDelay(delay);
      timer = setTimeout(flush, delay);
    };
    const flush = (): void => {
      clearTimeout(timer);
      if (stopped || !navigator.onLine) return;
      flushOutbox(user.id, sendToAccount)
        .then(async ({ sent }) => {
          if (sent > 0) void invalidateDiagnoses(queryClient);
          if ((await queuedFor(user.id)) > 0) retryLater();
          else delay = null;
        })
        .catch(retryLater);
    };
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') flush();
    };
    flush();
    window.addEventListener('online', flush);
    window.addEventListener(OUTBOX_EVENT, flush);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', flush);
      window.removeEventListener(OUTBOX_EVENT, flush);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [user, queryClient]);
}
