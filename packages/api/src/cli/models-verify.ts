import type { ManifestModel, OnnxRuntime } from '@derma/shared';
import { loadModel, runModel } from '@derma/shared';
import { createNodeRuntime } from '../inference/node-runtime';
import { createWasmRuntime } from '../inference/wasm-runtime';
import type { ManifestOnDisk } from '../inference/manifest-file';

/** One verified model file: a row of `derma models verify`. */
export interface VerifyRow {
  id: string;
  file: string;
  /** The task, with the keypoints of a pose model (`pose 5x3`). */
  task: string;
  classes: string;
  imgsz: number;
  bytes: number;
  ms: Record<string, number>;
  error?: string;
}

const RUNTIMES: Record<string, () => OnnxRuntime> = {
  node: () => createNodeRuntime({ threads: 1 }),
  wasm: () => createWasmRuntime({ threads: 1 }),
};

async function verifyFile(onDisk: ManifestOnDisk, entry: ManifestModel, variantId?: string): Promise<VerifyRow> {
  const variant = variantId ? entry.variants.find((v) => v.id === variantId) : undefined;
  const file = variant?.file ?? entry.file;
  const row: VerifyRow = {
    id: variant ? `${entry.id}/${variant.id}` : entry.id,
    file,
    task: entry.kptShape ? `${entry.task} ${entry.kptShape.join('x')}` : entry.task,
    classes: entry.names.join(','),
    imgsz: variant?.imgsz ?? entry.imgsz,
    bytes: variant?.bytes ?? entry.bytes,
    ms: {},
  };
  try {
    const bytes = await onDisk.readFile(file);
    for (const [name, make] of Object.entries(RUNTIMES)) {
      const runtime = make();
      const model = await loadModel(runtime, entry, bytes, variantId);
      const size = model.contract.imgsz;
      const outputs = await runModel(runtime, model, new Float32Array(3 * size * size).fill(0.5));
      row.ms[name] = Math.round(outputs.ms * 10) / 10;
      await model.session.release();
    }
  } catch (error) {
    row.error = (error as Error).message;
  }
  return row;
}

/**
 * Verifies every model file of a manifest, variants included: size and sha256, the YOLO
 * contract against the manifest entry, and one inference on each available runtime.
 */
export async function verifyManifest(onDisk: ManifestOnDisk): Promise<VerifyRow[]> {
  const rows: VerifyRow[] = [];
  for (const entry of onDisk.manifest.models) {
    rows.push(await verifyFile(onDisk, entry));
    for (const variant of entry.variants) rows.push(await verifyFile(onDisk, entry, variant.id));
  }
  return rows;
}
