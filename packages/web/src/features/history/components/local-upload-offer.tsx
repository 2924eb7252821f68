import type { User } from '@derma/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorText } from '../../../lib/i18n/error-text';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { listUnsyncedResults } from '../../../lib/storage/local-results';
import { getSettings } from '../../../lib/settings/use-settings';
import { enqueue, flushOutbox } from '../../../lib/sync/outbox';
import { sendToAccount } from '../../../lib/sync/send-to-account';
import { DIAGNOSIS_KEY, invalidateDiagnoses } from '../../../lib/trpc/invalidate-diagnoses';

/** After sign-in: offers to upload the results this device made as a guest. */
export function LocalUploadOffer({ user }: { user: User }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const pending = useQuery({ queryKey: [...DIAGNOSIS_KEY, 'unsynced'], queryFn: listUnsyncedResults, networkMode: 'always' });
  const upload = useMutation({
    mutationFn: async () => {
      const { keepPhotos } = getSettings();
      for (const row of pending.data ?? []) await enqueue(row.clientId, user.id, keepPhotos);
      const report = await flushOutbox(user.id, sendToAccount);
      if (report.failures.length > 0) throw report.failures[0];
      return report.sent;
    },
    // Some may have been stored even when others failed.
    onSettled: () => invalidateDiagnoses(queryClient),
  });
  const count = pending.data?.length ?? 0;
  if (count === 0) return upload.isSuccess ? <p role="status">{t('history.uploaded')}</p> : null;
  return (
    <div className="banner banner-info">
      <button type="button" className="button button-primary" onClick={() => upload.mutate()} disabled={upload.isPending}>
        {t('history.upload', { n: count })}
      </button>
      {upload.error && <p role="alert" className="error-text">{errorText(upload.error, t)}</p>}
    </div>
  );
}
