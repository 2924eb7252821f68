import type { User } from '@derma/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { listUnsyncedResults } from '../../../lib/storage/local-results';
import { enqueue, flushOutbox } from '../../../lib/sync/outbox';
import { api } from '../../../lib/trpc/trpc-client';

/** After sign-in: offers to upload the results this device made as a guest. */
export function LocalUploadOffer({ user }: { user: User }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const pending = useQuery({ queryKey: ['diagnosis', 'unsynced'], queryFn: listUnsyncedResults, networkMode: 'always' });
  const upload = useMutation({
    mutationFn: async () => {
      for (const row of pending.data ?? []) await enqueue(row.clientId, user.id);
      return flushOutbox(user.id, (input) => api.diagnosis.submit.mutate(input));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['diagnosis'] }),
  });
  const count = pending.data?.length ?? 0;
  if (count === 0) return upload.isSuccess ? <p role="status">{t('history.uploaded')}</p> : null;
  return (
    <div className="banner banner-info">
      <button type="button" className="button button-primary" onClick={() => upload.mutate()} disabled={upload.isPending}>
        {t('history.upload', { n: count })}
      </button>
      {upload.error && <p role="alert" className="error-text">{upload.error.message}</p>}
    </div>
  );
}
