/** Cache API storage of verified model files, keyed by file and hash. */
export const MODEL_CACHE_NAME = 'derma-models-v1';

/** The minimal Cache API surface the store uses, so tests can pass an in-memory one. */
export interface CacheLike {
  match(request: string): Promise<Response | undefined>;
  put(request: string, response: Response): Promise<void>;
  delete(request: string): Promise<boolean>;
}

/** Cache key of a model: its URL plus its hash, so a new model version never hits an old entry. */
export function cacheKey(url: string, sha256: string): string {
  return `${url}?sha256=${sha256}`;
}

/** Opens the app's model cache, or null where the Cache API is missing (insecure context). */
export async function openModelCache(): Promise<CacheLike | null> {
  if (typeof caches === 'undefined') return null;
  try {
    return await caches.open(MODEL_CACHE_NAME);
  } catch {
    return null;
  }
}

/** Reads a cached model's bytes, or null on a miss. */
export async function readCached(cache: CacheLike, key: string): Promise<Uint8Array | null> {
  const hit = await cache.match(key);
  return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
}

/** Stores verified model bytes. */
export async function writeCached(cache: CacheLike, key: string, bytes: Uint8Array): Promise<void> {
  const body = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
  await cache.put(key, new Response(body, { headers: { 'Content-Length': String(bytes.length) } }));
}
