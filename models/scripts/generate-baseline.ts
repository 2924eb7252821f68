/**
 * Writes the classical baseline models to models/baseline/*.onnx and their entries to
 * models/manifest.json. Deterministic: running it twice changes nothing. A baseline whose file
 * is unchanged keeps the fp16/int8 variants `derma models optimize` listed for it; a changed one
 * loses them until optimize is run again (their agreement was measured on the old file).
 * Usage: npx tsx models/scripts/generate-baseline.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestSchema } from '@derma/shared';
import { buildBaselines, mergeBaselineEntries } from '../src/baseline/baseline-manifest';
import { BASELINE_MODELS } from '../src/baseline/baseline-models';

const modelsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(modelsDir, 'manifest.json');

const built = buildBaselines(BASELINE_MODELS);
for (const { entry, bytes } of built) {
  const path = join(modelsDir, entry.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`${entry.file}  ${bytes.length} bytes  sha256 ${entry.sha256}`);
}
const existing: unknown = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
const merged = mergeBaselineEntries(existing, built);
const before = existing === undefined ? [] : manifestSchema.parse(existing).models;
const manifest = {
  ...merged,
  models: merged.models.map((m) => {
    const old = before.find((b) => b.id === m.id && b.sha256 === m.sha256);
    if (m.baseline && old && old.variants.length > 0) return { ...m, variants: old.variants };
    if (m.baseline && before.some((b) => b.id === m.id && b.variants.length > 0)) console.log(`${m.id} changed: run derma models optimize ${m.id} to list its variants again`);
    return m;
  }),
};
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest.json: ${manifest.models.length} models`);
