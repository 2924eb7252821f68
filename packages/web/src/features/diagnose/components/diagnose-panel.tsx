import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useSettings } from '../../../lib/settings/use-settings';
import { loadModels, usePipelineState } from '../../../lib/worker/pipeline-store';
import { chooseRoute, useDiagnosisRun } from '../hooks/use-diagnosis-run';
import { CameraCapture } from './camera-capture';
import { DiagnoseError } from './diagnose-error';
import { PhotoPicker } from './photo-picker';
import { ServerModeNotice } from './server-mode-notice';
import { StageProgress } from './stage-progress';

type Source = 'photo' | 'camera';

/**
 * Capture (file, drop or camera), then the run with its progress and errors: on the device
 * once the models are ready, on the server when the user prefers it or the device cannot.
 */
export function DiagnosePanel(): ReactNode {
  const { t } = useI18n();
  const pipeline = usePipelineState();
  const { state, run } = useDiagnosisRun();
  const { preferServer } = useSettings();
  const [source, setSource] = useState<Source>('photo');
  useEffect(() => {
    // Preferring the server spares a weak device or a slow link the model download.
    if (!preferServer) void loadModels();
  }, [preferServer]);
  const route = chooseRoute(preferServer, pipeline);
  const disabled = state.running || (route === 'device' && pipeline.status !== 'ready');
  return (
    <>
      <ServerModeNotice route={route} preferred={preferServer} deviceError={pipeline.error?.message ?? null} />
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
      {(state.running || state.error) && <StageProgress state={state} withFace={pipeline.ready?.hasFaceModel ?? true} />}
      {state.error && <DiagnoseError error={state.error} />}
    </>
  );
}
