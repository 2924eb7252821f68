import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { usePipelineState } from '../../../lib/worker/pipeline-store';
import { DownloadList } from './download-list';

/** A photo held on the device until the models are ready: where they stand, and a way out. */
export function QueuedPhoto({ onCancel }: { onCancel: () => void }): ReactNode {
  const { t } = useI18n();
  const pipeline = usePipelineState();
  return (
    <section className="card" aria-labelledby="queued-title" aria-busy="true" data-testid="photo-queued">
      <h2 id="queued-title" className="card-title">
        {t('queue.title')}
      </h2>
      <p>{t('queue.body')}</p>
      {pipeline.phase && <p role="status">{t(`models.phase.${pipeline.phase}`)}</p>}
      <DownloadList downloads={pipeline.downloads} />
      <button type="button" className="button" data-testid="queue-cancel" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </section>
  );
}
