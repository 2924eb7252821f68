import { createHash } from 'node:crypto';
import { manifestSchema } from '@derma/shared';
import type { Manifest, ManifestModelInput } from '@derma/shared';
import type { BaselineModel } from './baseline-models';

/** A built baseline model: its manifest entry (with hash and size) and its bytes. */
export interface BuiltModel {
  entry: ManifestModelInput;
  bytes: Uint8Array;
}

/** Builds every model and completes its manifest entry with sha256 (lowercase hex) and size. */
export function buildBaselines(models: readonly BaselineModel[]): BuiltModel[] {
  return models.map((m) => {
    const bytes = m.build();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { bytes, entry: { ...m.entry, sha256, bytes: bytes.length } };
  });
}

/**
 * Puts the baseline entries into a manifest (or a new one): an existing entry with the same id
 * or role is replaced where it stands, every other entry (the YuNet face model) is kept, new
 * ones are appended; so this and wrap-yunet.ts give the same file in either order. The result
 * is validated with `manifestSchema`.
 * @throws ZodError when the merged manifest is invalid
 */
export function mergeBaselineEntries(existing: unknown, built: readonly BuiltModel[]): Manifest {
  const previous: ManifestModelInput[] = existing === undefined ? [] : manifestSchema.parse(existing).models;
  const ours = (m: ManifestModelInput): BuiltModel | undefined => built.find((b) => b.entry.id === m.id || b.entry.role === m.role);
  const models = previous.map((m) => ours(m)?.entry ?? m);
  const added = built.filter((b) => !models.includes(b.entry)).map((b) => b.entry);
  return manifestSchema.parse({ schemaVersion: 1, models: [...models, ...added] });
}

/**
 * The lighter variants `derma models optimize` listed for each baseline, kept only where they
 * were measured on the very file built now: found in the first of `sources` (manifests, newest
 * first: the one on disk, then the committed one, so a reverted experiment gets them back) whose
 * entry has the same id and main-file hash, and only while every variant's own file still has
 * the hash listed (an experiment's optimize run rewrites those files too).
 * @param fileSha the sha256 of a file under models/, or undefined when it is missing
 */
export function keepVariants(
  models: readonly ManifestModelInput[],
  sources: readonly (readonly ManifestModelInput[])[],
  fileSha: (file: string) => string | undefined,
): ManifestModelInput[] {
  return models.map((m) => {
    if (!m.baseline) return m;
    for (const source of sources) {
      const old = source.find((b) => b.id === m.id && b.sha256 === m.sha256);
      const variants = old?.variants ?? [];
      if (variants.length > 0 && variants.every((v) => fileSha(v.file) === v.sha256)) return { ...m, variants };
    }
    return m;
  });
}
