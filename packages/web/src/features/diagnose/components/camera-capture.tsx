import { GUIDE_OVAL } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { usePipelineState } from '../../../lib/worker/pipeline-store';
import { liveHint } from '../api/live-hint';
import { useCamera } from '../hooks/use-camera';
import { useLiveCheck } from '../hooks/use-live-check';

interface CameraCaptureProps {
  disabled: boolean;
  onPhoto: (photo: ImageBitmap) => void;
}

// The frame shows the video's centre square (object-fit: cover), the square the pipeline uses
// without a face model, so the oval drawn here is the guide the zones then assume.
const OVAL = { cx: GUIDE_OVAL.cx * 100, cy: GUIDE_OVAL.cy * 100, rx: GUIDE_OVAL.rx * 100, ry: GUIDE_OVAL.ry * 100 };

/**
 * Live front-camera preview with the oval face guide, a hint from the on-device quality gate
 * while the models are ready ("Move closer", …), and a shutter button.
 */
export function CameraCapture({ disabled, onPhoto }: CameraCaptureProps): ReactNode {
  const { t } = useI18n();
  const camera = useCamera();
  const pipeline = usePipelineState();
  const live = camera.status === 'on' || camera.status === 'starting';
  const check = useLiveCheck(camera.status === 'on' && pipeline.status === 'ready' && !disabled, camera.frame);
  return (
    <div className="camera">
      <div className="camera-frame" hidden={!live}>
        <video ref={camera.videoRef} className="camera-video" playsInline muted aria-label={t('diagnose.cameraGuide')} />
        <svg className="camera-guide" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          <defs>
            <mask id="oval-hole">
              <rect width="100" height="100" fill="white" />
              <ellipse {...OVAL} fill="black" />
            </mask>
          </defs>
          <rect width="100" height="100" fill="rgba(0,0,0,0.45)" mask="url(#oval-hole)" />
          <ellipse {...OVAL} fill="none" stroke={check.status === 'ready' ? '#4ade80' : 'white'} strokeWidth="0.8" strokeDasharray="3 2" />
        </svg>
        <p className="camera-hint" role="status" data-testid="live-check" data-status={check.status} data-reason={check.status === 'refused' ? check.reason : undefined}>
          {t(liveHint(check, pipeline.ready?.hasFaceModel ?? false))}
        </p>
      </div>
      {camera.status === 'denied' && <p role="alert" className="error-text">{t('diagnose.cameraDenied')}</p>}
      {(camera.status === 'missing' || camera.status === 'error') && <p role="alert" className="error-text">{t('diagnose.cameraMissing')}</p>}
      <div className="row">
        {!live ? (
          <button type="button" className="button button-primary" onClick={() => void camera.start()}>
            {t('diagnose.cameraStart')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={disabled || camera.status !== 'on'}
              onClick={() =>
                void camera.capture().then((frame) => {
                  if (!frame) return;
                  camera.stop();
                  onPhoto(frame);
                })
              }
            >
              {t('diagnose.cameraCapture')}
            </button>
            <button type="button" className="button" onClick={camera.stop}>
              {t('diagnose.cameraStop')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
