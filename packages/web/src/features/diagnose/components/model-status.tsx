import { CONDITIONS } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useSettings } from '../../../lib/settings/use-settings';
import { loadModels, usePipelineState } from '../../../lib/worker/pipeline-store';
import { BackendBadge } from './backend-badge';
import { DownloadList } from './download-list';

/** Model download and preparation: progress per model, the backend once ready, failures with a retry. */
export function ModelStatus(): ReactNode {
  const { t } = useI18n();
  const state = usePipelineState();
  const { preferServer } = useSettings();
  const downloadFailed = state.error?.code.startsWith('DOWNLOAD_') ?? false;
  return (
    <section className="card" aria-labelledby="models-title" aria-busy={state.status === 'loading'}>
      <h2 id="models-title" className="card-title">
        {t('models.title')}
      </h2>
      {state.status === 'idle' && preferServer && <p className="muted">{t('models.skipped')}</p>}
      {state.status === 'loading' && state.phase && <p role="status">{t(`models.phase.${state.phase}`)}</p>}
      {state.status === 'ready' && state.ready && (
        <p className="ok-line" data-testid="models-ready">
          <span>{t('models.ready')}</span> <BackendBadge backend={state.ready.backend} />
        </p>
      )}
      {state.fallbackReason && <p className="muted">{t('models.fallback')}</p>}
      {state.status === 'ready' && state.ready && !state.ready.hasFaceModel && <p className="muted">{t('diagnose.noFaceModel')}</p>}
      {state.status !== 'ready' && <DownloadList downloads={state.downloads} />}
      {state.status === 'error' && state.error && (
        <div role="alert" className="banner banner-error">
          <p>{downloadFailed ? t('models.downloadFailed', { message: state.error.message }) : `${t('models.failed')} ${state.error.message}`}</p>
          <button type="button" className="button" onClick={() => void loadModels(true)}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.ready && (
        <p className="muted small">{state.ready.models.map((m) => (m.role === 'face' ? m.id : `${CONDITIONS[m.role].label.en}: ${m.id}`)).join(' · ')}</p>
      )}
    </section>
  );
}
