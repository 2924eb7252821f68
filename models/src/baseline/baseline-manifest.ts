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
