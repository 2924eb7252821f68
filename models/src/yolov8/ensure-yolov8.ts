import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedYolov8Options, Yolov8Options } from './build-yolov8';
import { buildYolov8, resolveYolov8Options, YOLOV8_GENERATOR_VERSION } from './build-yolov8';

/** A generated model file on disk. */
export interface GeneratedModel {
  path: string;
  sha256: string;
  bytes: number;
}

/** Where generated models go unless told otherwise: models/generated/ (git-ignored). */
export const GENERATED_DIR = fileURLToPath(new URL('../../generated/', import.meta.url));

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The cache file name: readable options plus a hash of the generator version and every option. */
export function yolov8FileName(options: ResolvedYolov8Options): string {
  const key = sha256(new TextEncoder().encode(JSON.stringify({ generator: YOLOV8_GENERATOR_VERSION, ...options }))).slice(0, 12);
  const model = { detect: 'yolov8n', segment: 'yolov8n-seg', pose: 'yolov8n-pose' }[options.task];
  return `${model}-nc${options.names.length}-${options.imgsz}-s${options.seed}-${key}.onnx`;
}

async function readIfPresent(path: string): Promise<Uint8Array | undefined> {
  try {
    const data = await readFile(path);
    return data.length > 0 ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the architecture-equivalent YOLOv8n(-seg, -pose) model for `options`, generating it only
 * when no file with the same content key exists. Writes go to a unique temporary file renamed
 * into place, so parallel test workers never see or leave a partial file.
 * @example const { path } = await ensureYolov8({ task: 'segment', nc: 3, imgsz: 320 });
 */
export async function ensureYolov8(options: Yolov8Options & { dir?: string }): Promise<GeneratedModel> {
  const dir = options.dir ?? GENERATED_DIR;
  const path = join(dir, yolov8FileName(resolveYolov8Options(options)));
  const existing = await readIfPresent(path);
  if (existing) return { path, sha256: sha256(existing), bytes: existing.length };
  const { bytes } = buildYolov8(options);
  await mkdir(dir, { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
  return { path, sha256: sha256(bytes), bytes: bytes.length };
}
