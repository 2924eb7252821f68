import type { RgbaImage } from '@derma/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { videoFrame } from '../../../lib/image/video-frame';

export type CameraStatus = 'off' | 'starting' | 'on' | 'denied' | 'missing' | 'error';

/** The front camera via getUserMedia, with its permission and availability states. */
export function useCamera(): {
  status: CameraStatus;
  videoRef: React.RefObject<HTMLVideoElement | null>;
  start: () => Promise<void>;
  stop: () => void;
  capture: () => Promise<ImageBitmap | null>;
  /** The preview's current frame, downscaled, for the live check. */
  frame: (maxSide: number) => RgbaImage | null;
} {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [status, setStatus] = useState<CameraStatus>('off');

  const stop = useCallback(() => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setStatus('off');
  }, []);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setStatus('missing');
      return;
    }
    setStatus('starting');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 1280 } }, audio: false });
      streamRef.current = stream;
      if (videoRef.current) {
        videoRef.current.srcObject = stream;
        await videoRef.current.play();
      }
      setStatus('on');
    } catch (error) {
      const name = (error as DOMException).name;
      setStatus(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'missing' : 'error');
    }
  }, []);

  const capture = useCallback(async () => {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) return null;
    return createImageBitmap(video);
  }, []);

  const frame = useCallback((maxSide: number) => (videoRef.current ? videoFrame(videoRef.current, maxSide) : null), []);

  useEffect(() => stop, [stop]);
  return { status, videoRef, start, stop, capture, frame };
}
