import { TRPCClientError } from '@trpc/client';
import { getSettings } from '../settings/use-settings';
import { api } from '../trpc/trpc-client';
import type { SendQueued } from './outbox';

/**
 * True when a failed photo upload would fail the same way again: the server refused the photo
 * itself (a 4xx other than an expired session, a timeout or a rate limit).
 */
export function photoRefused(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const status = (error.data as { httpStatus?: unknown } | undefined)?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500 && ![401, 408, 429].includes(status);
}

/**
 * Sends a queued result to the signed-in account: the result (idempotent on its client id),
 * then its photo when it was queued to be kept and the user still keeps photos. A photo that
 * fails to upload does not undo the stored result: it is reported as pending and retried on the
 * next flush, unless the server refused it outright.
 */
export const sendToAccount: SendQueued = async (local, entry) => {
  const stored = await api.diagnosis.submit.mutate({ clientId: local.clientId, result: local.result });
  if (!entry.keepPhoto || !getSettings().keepPhotos || !local.photo || stored.hasPhoto) return { id: stored.id };
  const form = new FormData();
  form.set('id', stored.id);
  form.set('image', local.photo, 'photo.jpg');
  try {
    await api.diagnosis.attachPhoto.mutate(form);
    return { id: stored.id };
  } catch (error) {
    return { id: stored.id, photoPending: !photoRefused(error) };
  }
};
