import type { Manifest, ManifestModel } from '@derma/shared';
import type { CacheLike } from '../models/model-cache';
import { fetchVerifiedModel } from '../models/fetch-verified-model';
import { modelUrl } from '../models/load-manifest';
import type { WorkerEvent, WorkerInitOptions } from './worker-protocol';

/** The file, hash and size of a model, or of the variant chosen for it. */
export function chosenFile(entry: ManifestModel, variantId: string | undefined): { file: string; sha256: string; bytes: number } {
  const variant = variantId ? entry.variants.find((v) => v.id === variantId) : undefined;
  return variant ?? entry;
}

export interface PrefetchedModels {
  files: Map<string, Uint8Array>;
  cachedBytes: number;
  downloadedBytes: number;
}

/**
 * Gets every model file the pipeline will open, verified, before any session is created, so
 * the progress bar covers all downloads and a backend fallback reuses the bytes.
 */
export async function prefetchModels(
  manifest: Manifest,
  options: Pick<WorkerInitOptions, 'origin' | 'skipFace' | 'variants'>,
  cache: CacheLike | null,
  emit: (event: WorkerEvent) => void,
): Promise<PrefetchedModels> {
  const files = new Map<string, Uint8Array>();
  let cachedBytes = 0;
  let downloadedBytes = 0;
  const entries = manifest.models.filter((m) => !(options.skipFace && m.role === 'face'));
  // Sequential: on a phone, parallel downloads only slow the first one to finish.
  for (const entry of entries) {
    const ref = chosenFile(entry, options.variants[entry.role]);
    const report = (loaded: number, total: number, attempt: number, fromCache: boolean): void =>
      emit({ type: 'download', modelId: entry.id, file: ref.file, loaded, total, attempt, fromCache });
    const got = await fetchVerifiedModel(
      { url: modelUrl(options.origin, ref.file), sha256: ref.sha256, bytes: ref.bytes },
      { cache, onProgress: (p) => report(p.loaded, p.total, p.attempt, false) },
    );
    if (got.fromCache) report(got.bytes.length, got.bytes.length, 1, true);
    if (got.fromCache) cachedBytes += got.bytes.length;
    else downloadedBytes += got.bytes.length;
    files.set(ref.file, got.bytes);
  }
  return { files, cachedBytes, downloadedBytes };
}
