import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCamera } from '../hooks/use-camera';

interface CameraCaptureProps {
  disabled: boolean;
  onPhoto: (photo: ImageBitmap) => void;
}

/** Live front-camera preview with an oval face guide and a shutter button. */
export function CameraCapture({ disabled, onPhoto }: CameraCaptureProps): ReactNode {
  const { t } = useI18n();
  const camera = useCamera();
  const live = camera.status === 'on' || camera.status === 'starting';
  return (
    <div className="camera">
      <div className="camera-frame" hidden={!live}>
        <video ref={camera.videoRef} className="camera-video" playsInline muted aria-label={t('diagnose.cameraGuide')} />
        <svg className="camera-guide" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          <defs>
            <mask id="oval-hole">
              <rect width="100" height="100" fill="white" />
              <ellipse cx="50" cy="48" rx="30" ry="38" fill="black" />
            </mask>
          </defs>
          <rect width="100" height="100" fill="rgba(0,0,0,0.45)" mask="url(#oval-hole)" />
          <ellipse cx="50" cy="48" rx="30" ry="38" fill="none" stroke="white" strokeWidth="0.8" strokeDasharray="3 2" />
        </svg>
        <p className="camera-hint">{t('diagnose.cameraGuide')}</p>
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
