/**
 * Writes the classical baseline models to models/baseline/*.onnx and their entries to
 * models/manifest.json. Deterministic: running it twice changes nothing.
 * Usage: npx tsx models/scripts/generate-baseline.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
const manifest = mergeBaselineEntries(existing, built);
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest.json: ${manifest.models.length} models`);
