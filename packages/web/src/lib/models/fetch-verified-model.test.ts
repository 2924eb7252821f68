import { sha256Hex } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import type { CacheLike } from './model-cache';
import { cacheKey } from './model-cache';
import { fetchVerifiedModel } from './fetch-verified-model';
import { ModelDownloadError } from './model-download-error';

function memoryCache(): CacheLike & { store: Map<string, Response> } {
  const store = new Map<string, Response>();
  return {
    store,
    match: async (key) => store.get(key)?.clone(),
    put: async (key, response) => void store.set(key, response),
    delete: async (key) => store.delete(key),
  };
}

const good = new TextEncoder().encode('model bytes');
const noSleep = async (): Promise<void> => undefined;

async function ref(): Promise<{ url: string; sha256: string; bytes: number }> {
  return { url: '/models/acne.onnx', sha256: await sha256Hex(good), bytes: good.length };
}

function countingFetch(bodies: (Uint8Array | number)[]): typeof fetch & { calls: number } {
  const f = Object.assign(
    async () => {
      const body = bodies[Math.min(f.calls++, bodies.length - 1)];
      return typeof body === 'number' ? new Response('no', { status: body }) : new Response(body as Uint8Array<ArrayBuffer>);
    },
    { calls: 0 },
  );
  return f as unknown as typeof fetch & { calls: number };
}

describe('fetchVerifiedModel', () => {
  it('downloads, verifies and caches a model on the first visit', async () => {
    const cache = memoryCache();
    const fetchImpl = countingFetch([good]);
    const got = await fetchVerifiedModel(await ref(), { cache, fetchImpl, onProgress: () => undefined, sleep: noSleep });
    expect(got.fromCache).toBe(false);
    expect(cache.store.has(cacheKey('/models/acne.onnx', (await ref()).sha256))).toBe(true);
  });

  it('fetches no bytes on a second visit', async () => {
    const cache = memoryCache();
    await fetchVerifiedModel(await ref(), { cache, fetchImpl: countingFetch([good]), onProgress: () => undefined });
    const fetchImpl = countingFetch([good]);
    const got = await fetchVerifiedModel(await ref(), { cache, fetchImpl, onProgress: () => undefined });
    expect(got.fromCache).toBe(true);
    expect(fetchImpl.calls).toBe(0);
  });

  it('retries a corrupted download and succeeds when a later attempt is intact', async () => {
    const fetchImpl = countingFetch([new TextEncoder().encode('garbage'), good]);
    const got = await fetchVerifiedModel(await ref(), { cache: null, fetchImpl, onProgress: () => undefined, sleep: noSleep });
    expect(fetchImpl.calls).toBe(2);
    expect(got.bytes).toEqual(good);
  });

  it('reports a corrupted file after the last attempt', async () => {
    const fetchImpl = countingFetch([new TextEncoder().encode('garbage')]);
    const failure = fetchVerifiedModel(await ref(), { cache: null, fetchImpl, onProgress: () => undefined, sleep: noSleep });
    await expect(failure).rejects.toMatchObject({ name: 'ModelDownloadError', reason: 'corrupted', attempts: 3 });
  });

  it('gives up at once on a missing file', async () => {
    const fetchImpl = countingFetch([404]);
    const failure = fetchVerifiedModel(await ref(), { cache: null, fetchImpl, onProgress: () => undefined, sleep: noSleep });
    await expect(failure).rejects.toBeInstanceOf(ModelDownloadError);
    expect(fetchImpl.calls).toBe(1);
  });

  it('reports bytes and the total while downloading', async () => {
    const seen: number[] = [];
    await fetchVerifiedModel(await ref(), { cache: null, fetchImpl: countingFetch([good]), onProgress: (p) => seen.push(p.loaded / p.total) });
    expect(seen.at(-1)).toBe(1);
  });
});
