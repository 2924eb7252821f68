import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from '../auth/use-session';
import { flushOutbox } from './outbox';
import { sendToAccount } from './send-to-account';

/** Submits queued results when a user is signed in: at start, and each time the device is back online. */
export function useOutboxSync(): void {
  const { user } = useSession();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!user) return;
    const flush = (): void => {
      if (!navigator.onLine) return;
      flushOutbox(user.id, sendToAccount)
        .then(({ sent }) => {
          // Entries that failed stay queued; the next `online` event retries them.
          if (sent > 0) void queryClient.invalidateQueries({ queryKey: ['diagnosis'] });
        })
        .catch(() => undefined);
    };
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [user, queryClient]);
}
