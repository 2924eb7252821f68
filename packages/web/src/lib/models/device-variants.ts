import type { Manifest, ModelRole } from '@derma/shared';
import type { WebExecutionProvider } from '../onnx/create-web-runtime';

/** The setting that keeps a model's standard file on every device. */
export const STANDARD_VARIANT = 'standard';

/**
 * The files this device loads, by role: the person's choice where they made one in settings,
 * else what suits the backend. On WASM (no GPU) the face model runs at its smallest input size
 * when the manifest offers one (`kind: 'imgsz'`): it finds the same faces on every evaluation
 * photo in about a third of the time (bench/RESULTS.md §1), and the quality gate refuses faces
 * too small for the skin models long before a 320 input loses them. The skin models keep their
 * size: a smaller input changes what they find. {@link STANDARD_VARIANT} (or no variant) is the
 * model's main file.
 */
export function deviceVariants(manifest: Manifest, chosen: Partial<Record<ModelRole, string>>, provider: WebExecutionProvider): Partial<Record<ModelRole, string>> {
  const variants: Partial<Record<ModelRole, string>> = {};
  for (const entry of manifest.models) {
    const choice = chosen[entry.role];
    if (choice === STANDARD_VARIANT) continue;
    if (choice !== undefined && entry.variants.some((v) => v.id === choice)) {
      variants[entry.role] = choice;
      continue;
    }
    if (entry.role !== 'face' || provider !== 'wasm') continue;
    const smallest = entry.variants.filter((v) => v.kind === 'imgsz' && v.imgsz < entry.imgsz).sort((a, b) => a.imgsz - b.imgsz)[0];
    if (smallest) variants[entry.role] = smallest.id;
  }
  return variants;
}
