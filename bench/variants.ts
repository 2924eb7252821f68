import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { createNodeRuntime } from '@derma/api/inference';
import type { CalibrationImage, VariantKind } from '@derma/api/optimize';
import { AGREEMENT_BOUND, VARIANT_KINDS, optimizeModel, readCalibrationImages, syntheticCalibration } from '@derma/api/optimize';
import type { BenchOptions, Table } from './lib/reporter';
import type { ModelSetName } from './lib/model-sets';
import { loadModelSet } from './lib/model-sets';
import { report } from './lib/reporter';
import { SHARED_DIR } from './lib/test-image';

const FACE_PHOTOS = ['evalset/clear-faces', 'evalset/acne', 'fixtures'].map((d) => join(SHARED_DIR, d));
const mb = (n: number): string => (n / 1_048_576).toFixed(2);

interface VariantFigure {
  set: ModelSetName;
  model: string;
  kind: VariantKind;
  bytes: number;
  brotli: number;
  fp32Bytes: number;
  boxIou?: number;
  maskIou?: number;
  scoreDiff?: number;
  verdict: string;
}

/** Real photos when ../shared is beside the checkout (9: seven faces, the astronaut and the cat), else the generated cards. */
async function photos(smoke: boolean): Promise<{ images: CalibrationImage[]; source: string }> {
  if (!FACE_PHOTOS.every((d) => existsSync(d))) return { images: syntheticCalibration(smoke ? 1 : 8), source: 'generated calibration cards (../shared missing)' };
  const images = await readCalibrationImages(FACE_PHOTOS);
  return smoke ? { images: images.slice(0, 1), source: 'one real photo (smoke)' } : { images, source: `${images.length} real photos of ../shared/evalset/{clear-faces,acne} and ../shared/fixtures` };
}

/**
 * Every variant `derma models optimize` writes (fp16 weights, fp16 compute, int8 weight-only, int8
 * static, half input size) for the shipped models
 * and the YOLOv8n graphs: its size (raw and brotli) against fp32 and its agreement with fp32 on
 * real photos, judged by the bound the command refuses variants with.
 */
export async function variants(options: BenchOptions): Promise<void> {
  const { images, source } = await photos(options.smoke);
  const runtime = createNodeRuntime({ threads: 1 });
  const figures: VariantFigure[] = [];
  for (const name of options.smoke ? (['baseline'] as const) : (['baseline', 'yolov8n-320', 'yolov8n-640'] as const)) {
    const set = await loadModelSet(name);
    for (const entry of set.manifest.models.filter((m) => !(options.smoke && m.role !== 'wrinkle'))) {
      const main = await set.readFile(entry.file);
      const result = await optimizeModel(runtime, entry, main, images, VARIANT_KINDS, { minIou: 0, maxScoreDiff: Number.POSITIVE_INFINITY });
      for (const { variant, bytes } of result.accepted) {
        const a = variant.agreement;
        const within = a && a.boxIou >= AGREEMENT_BOUND.minIou && (a.maskIou ?? 1) >= AGREEMENT_BOUND.minIou && a.scoreDiff <= AGREEMENT_BOUND.maxScoreDiff;
        const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: options.smoke ? 1 : 9 } }).length;
        figures.push({ set: name, model: entry.id, kind: variant.kind as VariantKind, bytes: variant.bytes, brotli, fp32Bytes: entry.bytes, ...a, verdict: within ? 'listed' : 'refused' });
      }
      for (const s of result.skipped) figures.push({ set: name, model: entry.id, kind: s.kind, bytes: entry.bytes, brotli: 0, fp32Bytes: entry.bytes, verdict: `skipped: ${s.reason}` });
    }
  }
  const table: Table = {
    title: `Variants against fp32 on ${source} (bound: box and mask IoU ≥ ${AGREEMENT_BOUND.minIou}, score within ${AGREEMENT_BOUND.maxScoreDiff} points)`,
    columns: ['set', 'model', 'variant', 'MB', 'brotli MB', 'vs fp32', 'box IoU', 'mask IoU', 'score diff', 'verdict'],
    rows: figures.map((f) => [f.set, f.model, f.kind, mb(f.bytes), f.brotli ? mb(f.brotli) : '–', (f.bytes / f.fp32Bytes).toFixed(2), String(f.boxIou ?? '–'), String(f.maskIou ?? '–'), String(f.scoreDiff ?? '–'), f.verdict]),
  };
  await report('variants', options.smoke, { source, images: images.length, variants: figures }, [table]);
}
