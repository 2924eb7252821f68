import { api } from '../trpc/trpc-client';
import type { SendQueued } from './outbox';

/**
 * Sends a queued result to the signed-in account: the result (idempotent on its client id),
 * then its photo when the user keeps photos. A failed photo upload fails the send, so the
 * entry stays queued and both are retried; the result is still stored only once.
 */
export const sendToAccount: SendQueued = async (local, entry) => {
  const stored = await api.diagnosis.submit.mutate({ clientId: local.clientId, result: local.result });
  if (entry.keepPhoto && local.photo && !stored.hasPhoto) {
    const form = new FormData();
    form.set('id', stored.id);
    form.set('image', local.photo, 'photo.jpg');
    await api.diagnosis.attachPhoto.mutate(form);
  }
  return stored;
};
