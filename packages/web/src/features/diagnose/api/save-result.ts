import type { DiagnosisResult, RgbaImage, User } from '@derma/shared';
import { cropPhoto } from '../../../lib/image/crop-photo';
import { saveLocalResult } from '../../../lib/storage/local-results';
import { enqueue, flushOutbox } from '../../../lib/sync/outbox';
import { api } from '../../../lib/trpc/trpc-client';

/**
 * Keeps a new result on this device and, for a signed-in user, queues it for the account and
 * sends it now when online. Offline, the queue is flushed when the device reconnects.
 * @returns the result's client id
 */
export async function saveResult(result: DiagnosisResult, image: RgbaImage, user: User | null): Promise<string> {
  const clientId = crypto.randomUUID();
  const photo = await cropPhoto(image, result.crop).catch(() => null);
  await saveLocalResult({ clientId, createdAt: new Date().toISOString(), result, photo, serverId: null });
  if (user) {
    await enqueue(clientId, user.id);
    if (navigator.onLine) {
      // A failure leaves the entry queued; the app retries it when it is back online.
      await flushOutbox(user.id, (input) => api.diagnosis.submit.mutate(input)).catch(() => 0);
    }
  }
  return clientId;
}
