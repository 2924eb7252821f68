import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Manifest, ModelRole } from '@derma/shared';
import { manifestEntryFromOnnx, manifestSchema } from '@derma/shared';
import { ensureYolov8 } from './ensure-yolov8';

/** A manifest of generated graphs and the reader for the files it names. */
export interface Yolov8ModelSet {
  manifest: Manifest;
  readFile: (file: string) => Promise<Uint8Array>;
}

/** Face pose model (box and five landmarks) plus one seg model per condition, with 1, 3 and 2 classes so nc is never assumed. */
const ROLES: { role: ModelRole; task: 'pose' | 'segment'; nc: number }[] = [
  { role: 'face', task: 'pose', nc: 1 },
  { role: 'acne', task: 'segment', nc: 1 },
  { role: 'atopy', task: 'segment', nc: 3 },
  { role: 'wrinkle', task: 'segment', nc: 2 },
];

/**
 * A full pipeline's worth of architecture-equivalent YOLOv8n graphs (generated on first use,
 * then cached), described by a manifest exactly as `derma models add` would describe exports.
 * @example const { manifest, readFile } = await yolov8ModelSet(320);
 */
export async function yolov8ModelSet(imgsz: 320 | 640): Promise<Yolov8ModelSet> {
  const paths = new Map<string, string>();
  const models = [];
  for (const [i, spec] of ROLES.entries()) {
    const generated = await ensureYolov8({ task: spec.task, nc: spec.nc, imgsz, seed: i + 1 });
    const file = basename(generated.path);
    paths.set(file, generated.path);
    const bytes = new Uint8Array(await readFile(generated.path));
    models.push(await manifestEntryFromOnnx(bytes, { role: spec.role, file, id: `yolov8n-${spec.role}-${imgsz}` }));
  }
  return {
    manifest: manifestSchema.parse({ schemaVersion: 1, models }),
    readFile: async (file) => {
      const path = paths.get(file);
      if (!path) throw new Error(`${file} is not part of the YOLOv8n model set`);
      return new Uint8Array(await readFile(path));
    },
  };
}
