import { sha256Hex } from '@derma/shared';
import type { ByteProgress } from './download-bytes';
import { HttpStatusError, downloadBytes } from './download-bytes';
import type { CacheLike } from './model-cache';
import { cacheKey, readCached, writeCached } from './model-cache';
import type { ModelDownloadReason } from './model-download-error';
import { ModelDownloadError } from './model-download-error';

/** A model file as the manifest describes it. */
export interface ModelFileRef {
  url: string;
  sha256: string;
  bytes: number;
}

export interface FetchModelOptions {
  cache: CacheLike | null;
  onProgress: (progress: ByteProgress & { attempt: number }) => void;
  attempts?: number;
  fetchImpl?: typeof fetch;
  /** Waits between attempts; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>;
}

export interface FetchedModel {
  bytes: Uint8Array;
  fromCache: boolean;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function classify(error: unknown): ModelDownloadReason {
  return error instanceof HttpStatusError ? 'http' : 'network';
}

/**
 * A model's bytes, verified against the manifest's sha256: from the Cache API when a verified
 * copy is there (no network), else downloaded with progress, retried with back-off, verified
 * and cached. A cached copy that fails the check is dropped and downloaded again.
 * @throws ModelDownloadError when every attempt failed or delivered the wrong bytes
 */
export async function fetchVerifiedModel(ref: ModelFileRef, options: FetchModelOptions): Promise<FetchedModel> {
  const { cache, attempts = 3, sleep = wait } = options;
  const key = cacheKey(ref.url, ref.sha256);
  if (cache) {
    const cached = await readCached(cache, key);
    if (cached && (await sha256Hex(cached)) === ref.sha256) return { bytes: cached, fromCache: true };
    if (cached) await cache.delete(key);
  }
  let reason: ModelDownloadReason = 'network';
  let detail = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const bytes = await downloadBytes(ref.url, ref.bytes, (p) => options.onProgress({ ...p, attempt }), options.fetchImpl);
      const hash = await sha256Hex(bytes);
      if (hash === ref.sha256) {
        if (cache) await writeCached(cache, key, bytes);
        return { bytes, fromCache: false };
      }
      reason = 'corrupted';
      detail = `sha256 ${hash.slice(0, 12)}… does not match the manifest's ${ref.sha256.slice(0, 12)}…`;
    } catch (error) {
      reason = classify(error);
      detail = (error as Error).message;
      // A 4xx will not fix itself: report it at once.
      if (error instanceof HttpStatusError && error.status < 500) return Promise.reject(new ModelDownloadError(ref.url, reason, attempt, detail));
    }
    if (attempt < attempts) await sleep(500 * 2 ** (attempt - 1));
  }
  throw new ModelDownloadError(ref.url, reason, attempts, detail);
}
