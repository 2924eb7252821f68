import type { QualityReason } from '@derma/shared';
import type { MessageKey } from '../../../lib/i18n/message-key';

/** What the live check of the camera preview last said. */
export type LiveCheck =
  | { status: 'off' }
  | { status: 'checking' }
  | { status: 'ready' }
  | { status: 'refused'; reason: QualityReason };

/**
 * The camera's hint for a live check: the short form of the gate's reason, "ready", or the
 * plain guide text when nothing is checked or there is no face model to check with.
 */
export function liveHint(check: LiveCheck, hasFaceModel: boolean): MessageKey {
  if (check.status === 'refused') return `live.${check.reason}`;
  if (check.status === 'ready' && hasFaceModel) return 'live.ready';
  if (check.status === 'checking' && hasFaceModel) return 'live.checking';
  return 'diagnose.cameraGuide';
}
