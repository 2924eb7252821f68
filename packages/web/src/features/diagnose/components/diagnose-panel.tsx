import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useSettings } from '../../../lib/settings/use-settings';
import { loadModels, usePipelineState } from '../../../lib/worker/pipeline-store';
import { useDiagnosisRun } from '../hooks/use-diagnosis-run';
import { CameraCapture } from './camera-capture';
import { DiagnoseError } from './diagnose-error';
import { PhotoPicker } from './photo-picker';
import { QueuedPhoto } from './queued-photo';
import { ServerConsent } from './server-consent';
import { ServerModeNotice } from './server-mode-notice';
import { StageProgress } from './stage-progress';

type Source = 'photo' | 'camera';

/**
 * Capture (file, drop or camera), then the run with its progress and errors: on the device, a
 * photo picked early waiting there for the models; on the server only when the person prefers it
 * in settings or chooses it after the device could not run the models.
 */
export function DiagnosePanel(): ReactNode {
  const { t } = useI18n();
  const pipeline = usePipelineState();
  const { state, run, chooseServer, retryOnDevice, cancel } = useDiagnosisRun();
  const { preferServer } = useSettings();
  const [source, setSource] = useState<Source>('photo');
  useEffect(() => {
    // Preferring the server spares a weak device or a slow link the model download.
    if (!preferServer) void loadModels();
  }, [preferServer]);
  const disabled = state.running || state.queued || state.consent !== null;
  return (
    <>
      <ServerModeNotice preferred={preferServer} />
      <section className="card" aria-labelledby="capture-title">
        <h2 id="capture-title" className="visually-hidden">
          {t('diagnose.title')}
        </h2>
        <div role="tablist" aria-label={t('diagnose.title')} className="tabs">
          {(['photo', 'camera'] as const).map((s) => (
            <button key={s} type="button" role="tab" aria-selected={source === s} className="tab" onClick={() => setSource(s)}>
              {t(s === 'photo' ? 'diagnose.upload' : 'diagnose.camera')}
            </button>
          ))}
        </div>
        <div role="tabpanel">
          {source === 'photo' ? <PhotoPicker disabled={disabled} onPhoto={(p) => void run(p)} /> : <CameraCapture disabled={disabled} onPhoto={(p) => void run(p)} />}
        </div>
      </section>
      {state.queued && <QueuedPhoto onCancel={cancel} />}
      {state.consent && <ServerConsent reason={state.consent} onServer={(always) => void chooseServer(always)} onRetry={() => void retryOnDevice()} onCancel={cancel} />}
      {((state.running && !state.queued) || state.error) && <StageProgress state={state} withFace={pipeline.ready?.hasFaceModel ?? true} />}
      {state.error && <DiagnoseError error={state.error} />}
    </>
  );
}
