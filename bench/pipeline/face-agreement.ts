import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LoadedModel, OnnxRuntime, RgbaImage } from '@derma/shared';
import { keptDetections, loadModel, preprocess, runModel, unletterboxBox } from '@derma/shared';
import { createNodeRuntime, decodeImage, readManifestFile } from '@derma/api/inference';
import type { Table } from '../lib/reporter';
import { fmt } from '../lib/stats';
import { PORTRAIT, SHARED_DIR } from '../lib/test-image';

/** The bar for "the same faces": as many, each matched to a 640 box at IoU ≥ 0.7. */
export const SAME_FACE_IOU = 0.7;

type Box = [number, number, number, number];

/** What the two face models found on one photo, and whether they agree. */
export interface FaceAgreement {
  photo: string;
  faces640: Box[];
  faces320: Box[];
  /** The lowest best-match IoU of a 640 box among the 320 boxes (1 when neither finds a face). */
  minIoU: number;
  same: boolean;
}

function iou(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = w * h;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return union > 0 ? inter / union : 0;
}

/** Every face the model keeps (its conf and NMS, as the pipeline runs it) on the whole photo. */
async function faces(runtime: OnnxRuntime, model: LoadedModel, image: RgbaImage): Promise<Box[]> {
  const whole = { x: 0, y: 0, width: image.width, height: image.height };
  const { data, letterbox } = preprocess(image, whole, model.contract.imgsz);
  const outputs = await runModel(runtime, model, data);
  return keptDetections(model, outputs).map((c) => unletterboxBox([c.x1, c.y1, c.x2, c.y2], letterbox, whole));
}

/** The evaluation's real photos (clear faces and acne) and the bench portrait, those that exist. */
function photos(): string[] {
  const dirs = ['clear-faces', 'acne'].map((d) => join(SHARED_DIR, 'evalset', d)).filter((d) => existsSync(d));
  const found = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(jpe?g|png)$/i.test(f)).sort().map((f) => join(d, f)));
  return existsSync(PORTRAIT) ? [...found, PORTRAIT] : found;
}

/**
 * Runs the shipped face model at 640 and its `yunet-n-320` variant on each photo (onnxruntime-node)
 * and compares the faces they keep: the variant is offered only if it finds the same ones.
 */
export async function faceAgreement(): Promise<FaceAgreement[]> {
  const { manifest, readFile: readModel } = await readManifestFile();
  const entry = manifest.models.find((m) => m.role === 'face');
  const variant = entry?.variants.find((v) => v.id === 'yunet-n-320');
  if (!entry || !variant) throw new Error('models/manifest.json has no face model with the yunet-n-320 variant');
  const runtime = createNodeRuntime({ threads: 2, location: 'device' });
  const at640 = await loadModel(runtime, entry, await readModel(entry.file));
  const at320 = await loadModel(runtime, entry, await readModel(variant.file), variant.id);
  const results: FaceAgreement[] = [];
  try {
    for (const path of photos()) {
      const image = await decodeImage(new Uint8Array(await readFile(path)));
      const [faces640, faces320] = [await faces(runtime, at640, image), await faces(runtime, at320, image)];
      const matches = faces640.map((a) => Math.max(0, ...faces320.map((b) => iou(a, b))));
      const minIoU = Math.min(1, ...matches);
      results.push({ photo: basename(path), faces640, faces320, minIoU, same: faces640.length === faces320.length && minIoU >= SAME_FACE_IOU });
    }
  } finally {
    await Promise.all([at640.session.release(), at320.session.release()]);
  }
  return results;
}

/** The agreement as a table, one row per photo. */
export function agreementTable(rows: readonly FaceAgreement[]): Table {
  const agree = rows.filter((r) => r.same).length;
  return {
    title: `YuNet-n 320 variant against the 640 model: faces kept (conf 0.7, NMS 0.3) on the eval photos, same = same count and IoU ≥ ${SAME_FACE_IOU}: ${agree} of ${rows.length} agree`,
    columns: ['photo', 'faces 640', 'faces 320', 'lowest IoU', 'same faces'],
    rows: rows.map((r) => [r.photo, String(r.faces640.length), String(r.faces320.length), r.faces640.length > 0 ? fmt(r.minIoU) : '–', r.same ? 'yes' : '**no**']),
  };
}
