import type { Manifest, ManifestModel, ModelRole, ModelVariant } from '@derma/shared';
import type { WebExecutionProvider } from '../onnx/create-web-runtime';
import type { ModelPreference } from '../settings/settings-schema';

/** What runs the models: WASM, WebGPU, or WebGPU whose adapter has `shader-f16` (float16 kernels). */
export type DeviceBackend = WebExecutionProvider | 'webgpu-f16';

/** The setting that keeps a model's standard file on every device. */
export const STANDARD_VARIANT = 'standard';

/** What the browser says about the connection (`navigator.connection`, Network Information API). */
export interface ConnectionHint {
  saveData?: boolean;
  effectiveType?: string;
}

/** effectiveType values at which a model's megabytes take long enough to lose the person: 3g is ~0.7 Mbit/s in Chromium's table. */
const SLOW_TYPES = new Set(['slow-2g', '2g', '3g']);

/** True when the person asked to save data or the connection is 3g or slower. */
export function isSlowConnection(connection: ConnectionHint): boolean {
  return connection.saveData === true || SLOW_TYPES.has(connection.effectiveType ?? '');
}

/** Variants that find what the main file finds: for a skin model only those at its own input size (a smaller one changes what it finds). */
function sameOutcome(entry: ManifestModel): ModelVariant[] {
  return entry.role === 'face' ? entry.variants : entry.variants.filter((v) => v.imgsz === entry.imgsz);
}

/**
 * The smallest file that finds what the main file finds, when one is smaller than it; an
 * fp16-compute file only where float16 shaders run it (elsewhere it computes through casts).
 */
function smallest(entry: ManifestModel, backend: DeviceBackend): ModelVariant | undefined {
  const runsWell = (v: ModelVariant): boolean => v.kind !== 'fp16-compute' || backend === 'webgpu-f16';
  return sameOutcome(entry).filter((v) => v.bytes < entry.bytes && runsWell(v)).sort((a, b) => a.bytes - b.bytes)[0];
}

function deviceDefault(entry: ManifestModel, backend: DeviceBackend, connection: ConnectionHint): ModelVariant | undefined {
  if (isSlowConnection(connection)) return smallest(entry, backend);
  const atSize = (kind: ModelVariant['kind']): ModelVariant | undefined => entry.variants.find((v) => v.kind === kind && v.imgsz === entry.imgsz);
  if (backend === 'webgpu-f16') return atSize('fp16-compute') ?? atSize('fp16');
  if (backend === 'webgpu') return atSize('fp16');
  if (entry.role !== 'face') return atSize('int8-static');
  return entry.variants.filter((v) => v.kind === 'imgsz' && v.imgsz < entry.imgsz).sort((a, b) => a.imgsz - b.imgsz)[0];
}

/**
 * The files this device loads, by role: the person's choice where they made one for a model in
 * settings, else their general preference: `quality`, every main file (full precision, full
 * input size); `small`, the smallest download that finds what the main file finds; `auto`, what
 * suits the device. On a slow connection (save-data, or 3g and slower) the smallest
 * download that finds what the main file finds: any variant of the face model, a skin model's
 * at its own input size (int8 weights, about a quarter of fp32). On WebGPU whose adapter has
 * `shader-f16` the fp16-compute variant (float16 kernels), else the fp16-weights one (half the
 * download; an fp16 graph would not run without float16 shaders). On
 * WASM (no GPU) the face model runs at its smallest input size when the manifest offers one
 * (`kind: 'imgsz'`): it finds the same faces on every evaluation photo in about a third of the
 * time (bench/RESULTS.md §1), and the quality gate refuses faces too small for the skin models
 * long before a 320 input loses them; a skin model runs its int8 static variant where the
 * manifest lists one (int8 kernels: about half the fp32 time on WASM, bench/RESULTS.md §2), else
 * its main file (int8 weights save bytes, not time, as they compute in fp32).
 * {@link STANDARD_VARIANT} (or no variant) is the model's main file.
 */
export function deviceVariants(
  manifest: Manifest,
  chosen: Partial<Record<ModelRole, string>>,
  backend: DeviceBackend,
  connection: ConnectionHint = {},
  preference: ModelPreference = 'auto',
): Partial<Record<ModelRole, string>> {
  const variants: Partial<Record<ModelRole, string>> = {};
  for (const entry of manifest.models) {
    const choice = chosen[entry.role];
    if (choice === STANDARD_VARIANT) continue;
    if (choice !== undefined && entry.variants.some((v) => v.id === choice)) {
      variants[entry.role] = choice;
      continue;
    }
    if (preference === 'quality') continue;
    const picked = preference === 'small' ? smallest(entry, backend) : deviceDefault(entry, backend, connection);
    if (picked) variants[entry.role] = picked.id;
  }
  return variants;
}

/** The browser's connection hint, or none where the Network Information API is missing (Firefox, Safari). */
export function currentConnection(): ConnectionHint {
  const connection = (globalThis.navigator as (Navigator & { connection?: ConnectionHint }) | undefined)?.connection;
  return connection ? { saveData: connection.saveData === true, ...(connection.effectiveType ? { effectiveType: connection.effectiveType } : {}) } : {};
}
