/**
 * Writes the classical baseline models to models/baseline/*.onnx and their entries to
 * models/manifest.json. Deterministic: running it twice changes nothing. A baseline whose file
 * is unchanged keeps the fp16/int8 variants `derma models optimize` listed for it, also when it
 * changed and came back (they are found in the committed manifest); a changed one loses them until
 * optimize is run again (their agreement was measured on the old file).
 * Usage: npx tsx models/scripts/generate-baseline.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestSchema } from '@derma/shared';
import { buildBaselines, keepVariants, mergeBaselineEntries } from '../src/baseline/baseline-manifest';
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
/** The manifest of the checkout's last commit, where there is one. */
function committedModels(): typeof before {
  try {
    return manifestSchema.parse(JSON.parse(execFileSync('git', ['show', 'HEAD:models/manifest.json'], { cwd: modelsDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))).models;
  } catch {
    return [];
  }
}
const fileSha = (file: string): string | undefined => {
  const path = join(modelsDir, file);
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : undefined;
};
const models = keepVariants(merged.models, [before, committedModels()], fileSha);
for (const m of models) {
  if (m.baseline && (m.variants ?? []).length === 0 && before.some((b) => b.id === m.id && b.variants.length > 0)) console.log(`${m.id} changed: run derma models optimize ${m.id} to list its variants again`);
}
const manifest = { ...merged, models };
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest.json: ${manifest.models.length} models`);
