/**
 * Wraps the original YuNet face detectors (../shared/models/yunet/, Apache-2.0) into our model
 * contract (input `images` RGB 0..1, ultralytics pose `output0`), writes models/yunet/*.onnx with
 * the licence and source note beside them, and puts the face entry into models/manifest.json.
 * Deterministic: running it twice changes nothing.
 * Usage: npx tsx models/scripts/wrap-yunet.ts [--source DIR]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { YUNET_SOURCE_DIR } from '../src/testing/fixtures';
import { buildYunetFiles, mergeFaceEntry, yunetEntry } from '../src/yunet/yunet-manifest';

const modelsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(modelsDir, 'manifest.json');
const { values } = parseArgs({ options: { source: { type: 'string', default: YUNET_SOURCE_DIR } } });
const sourceDir = values.source ?? YUNET_SOURCE_DIR;

const built = buildYunetFiles(sourceDir);
mkdirSync(join(modelsDir, 'yunet'), { recursive: true });
for (const b of built) {
  writeFileSync(join(modelsDir, b.file), b.bytes);
  console.log(`${b.file}  ${b.bytes.length} bytes  sha256 ${b.sha256}  (from ${b.source} ${b.sourceSha256})`);
}
// Copied by content, not mode: the originals may be read-only and the copies must be rewritable.
for (const name of ['LICENSE', 'SOURCE.md']) writeFileSync(join(modelsDir, 'yunet', name), readFileSync(join(sourceDir, name)));
const existing: unknown = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
const manifest = mergeFaceEntry(existing, yunetEntry(built));
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest.json: face model ${built[0]?.id}, ${manifest.models.length} models`);
