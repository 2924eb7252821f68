import type { Manifest } from '@derma/shared';
import { manifestSchema } from '@derma/shared';
import type { CacheLike } from './model-cache';

/** Where the API serves the manifest and the model files it names. */
export const MODELS_BASE = '/models/';
const MANIFEST_KEY = `${MODELS_BASE}manifest.json`;

/**
 * The model manifest: from the network when reachable (so new models are picked up), else the
 * last copy kept in the Cache API, so cached models also work offline.
 * @throws Error when neither is available or the manifest is invalid
 */
export async function loadManifest(origin: string, cache: CacheLike | null, fetchImpl: typeof fetch = fetch): Promise<Manifest> {
  const url = new URL(MANIFEST_KEY, origin).href;
  let text: string;
  try {
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${MANIFEST_KEY}`);
    text = await response.text();
    await cache?.put(MANIFEST_KEY, new Response(text, { headers: { 'Content-Type': 'application/json' } }));
  } catch (error) {
    const cached = await cache?.match(MANIFEST_KEY);
    if (!cached) throw new Error(`cannot load the model manifest: ${(error as Error).message}`, { cause: error });
    text = await cached.text();
  }
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`the model manifest is invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

/** Absolute URL of a model file named relative to the manifest. */
export function modelUrl(origin: string, file: string): string {
  return new URL(`${MODELS_BASE}${file}`, origin).href;
}
