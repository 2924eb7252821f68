import { MODEL_CACHE_NAME } from '../../../lib/models/model-cache';

/** Deletes every downloaded model file from the Cache API; the next check downloads them again. */
export async function clearModelCache(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(MODEL_CACHE_NAME);
}
