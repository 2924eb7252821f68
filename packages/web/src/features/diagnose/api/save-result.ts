import type { DiagnosisResult, RgbaImage, User } from '@derma/shared';
import { cropPhoto } from '../../../lib/image/crop-photo';
import { saveLocalResult } from '../../../lib/storage/local-results';
import { enqueue, flushOutbox } from '../../../lib/sync/outbox';
import { sendToAccount } from '../../../lib/sync/send-to-account';
import type { ServerAnalysis } from './analyze-on-server';

/**
 * Keeps a new on-device result on this device and, for a signed-in user, queues it (with the
 * photo when `keepPhoto`) for the account and sends it now when online. Offline, the queue is
 * flushed when the device reconnects.
 * @returns the result's client id
 */
export async function saveResult(result: DiagnosisResult, image: RgbaImage, user: User | null, keepPhoto: boolean): Promise<string> {
  const clientId = crypto.randomUUID();
  const photo = await cropPhoto(image, result.crop).catch(() => null);
  await saveLocalResult({ clientId, createdAt: new Date().toISOString(), result, photo, serverId: null });
  if (user) await queueForAccount(clientId, user, keepPhoto);
  return clientId;
}

/** Queues a local result for the account and sends it now when online. */
async function queueForAccount(clientId: string, user: User, keepPhoto: boolean): Promise<void> {
  await enqueue(clientId, user.id, keepPhoto);
  // A failure leaves the entry queued; the app retries it when it is back online.
  if (navigator.onLine) await flushOutbox(user.id, sendToAccount).catch(() => undefined);
}

/**
 * Keeps a server analysis on this device too (the overlay photo never leaves it again), linked
 * to the account's copy when the server stored one. The server analysed the downscaled upload,
 * so its crop is scaled back to the local image. When a signed-in user's result was analysed but
 * not stored (the server's database was down), it is queued for the account like an on-device one.
 */
export async function saveServerResult(clientId: string, analysis: ServerAnalysis, image: RgbaImage, user: User | null, keepPhoto: boolean): Promise<void> {
  const { result, diagnosis } = analysis.output;
  const s = analysis.scale;
  // Scaling about the origin keeps the crop's centre and its angle.
  const crop = { ...result.crop, x: Math.round(result.crop.x * s), y: Math.round(result.crop.y * s), size: Math.max(1, Math.round(result.crop.size * s)) };
  const photo = await cropPhoto(image, crop).catch(() => null);
  await saveLocalResult({ clientId, createdAt: diagnosis?.createdAt ?? new Date().toISOString(), result, photo, serverId: diagnosis?.id ?? null });
  if (user && !diagnosis) await queueForAccount(clientId, user, keepPhoto);
}
