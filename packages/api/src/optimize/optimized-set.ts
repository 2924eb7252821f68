import type { Manifest, ModelRole } from '@derma/shared';
import { manifestSchema } from '@derma/shared';
import { createNodeRuntime } from '../inference/node-runtime';
import type { CalibrationImage } from './calibration-images';
import { syntheticCalibration } from './calibration-images';
import type { VariantKind } from './optimize-model';
import { VARIANT_TRANSFORMS, variantEntry } from './optimize-model';

/** A manifest, the reader of its files, and the variant the pipeline should load per role. */
export interface OptimizedSet {
  manifest: Manifest;
  readFile: (file: string) => Promise<Uint8Array>;
  variants: Partial<Record<ModelRole, string>>;
}

/**
 * The same models with every model's `kind` variant chosen: the one its manifest lists, else
 * one written in memory as `derma models optimize` writes it, with no agreement measured (for
 * tests and benchmarks of generated graphs). A model the transform cannot shrink (no conv
 * weights for int8) keeps its main file. int8 static calibrates on `images` (default: six
 * synthetic faces) with onnxruntime-node.
 */
export async function optimizedSet(
  set: { manifest: Manifest; readFile: (file: string) => Promise<Uint8Array> },
  kind: VariantKind,
  images: readonly CalibrationImage[] = syntheticCalibration(6),
): Promise<OptimizedSet> {
  const runtime = createNodeRuntime({ threads: 1 });
  const written = new Map<string, Uint8Array>();
  const variants: Partial<Record<ModelRole, string>> = {};
  const models = [];
  for (const entry of set.manifest.models) {
    const listed = entry.variants.find((v) => v.kind === kind);
    if (listed) {
      variants[entry.role] = listed.id;
      models.push(entry);
      continue;
    }
    const out = await VARIANT_TRANSFORMS[kind](await set.readFile(entry.file), { runtime, entry, images });
    if (out.converted === 0) {
      models.push(entry);
      continue;
    }
    const variant = await variantEntry(entry, kind, out);
    written.set(variant.file, out.bytes);
    variants[entry.role] = variant.id;
    models.push({ ...entry, variants: [...entry.variants, variant] });
  }
  const readFile = async (file: string): Promise<Uint8Array> => written.get(file) ?? set.readFile(file);
  return { manifest: manifestSchema.parse({ schemaVersion: 1, models }), readFile, variants };
}
