import type { RgbaImage } from '@derma/shared';
import { useEffect, useState } from 'react';
import { checkInWorker } from '../../../lib/worker/pipeline-client';
import type { LiveCheck } from '../api/live-hint';

/** Pause between two checks of the preview: a hint that keeps up, a face model run at a time. */
export const LIVE_CHECK_MS = 700;
/**
 * Longer side of a checked frame. The gate's size limits are in pixels, so a frame smaller than
 * the capture asks for a slightly larger face than the photo needs: the safe side.
 */
export const LIVE_CHECK_SIDE = 800;

/**
 * While `active`, sends a downscaled preview frame to the worker's quality gate every
 * `LIVE_CHECK_MS` (one at a time) and returns its last verdict. Frames stay on the device.
 */
export function useLiveCheck(active: boolean, grab: (maxSide: number) => RgbaImage | null): LiveCheck {
  const [check, setCheck] = useState<LiveCheck>({ status: 'off' });
  useEffect(() => {
    if (!active) {
      setCheck({ status: 'off' });
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = (): void => {
      timer = setTimeout(() => void tick(), LIVE_CHECK_MS);
    };
    const tick = async (): Promise<void> => {
      const frame = grab(LIVE_CHECK_SIDE);
      if (!frame) return next();
      const outcome = await checkInWorker(frame).catch(() => null);
      if (stopped) return;
      // A failed check (not a refusal) hides the verdict rather than guessing.
      if (!outcome?.ok) setCheck({ status: 'off' });
      else setCheck(outcome.value.ok ? { status: 'ready' } : { status: 'refused', reason: outcome.value.reason });
      next();
    };
    setCheck({ status: 'checking' });
    next();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, grab]);
  return check;
}
