import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, ManifestModelInput } from '@derma/shared';
import { manifestSchema } from '@derma/shared';
import { YUNET_FILES } from './yunet-files';
import type { YunetFile } from './yunet-files';
import { wrapYunet, YUNET_WRAPPER_VERSION } from './wrap-yunet';

/** A wrapped file with its hashes, the original's included for the provenance note. */
export interface BuiltYunet extends YunetFile {
  bytes: Uint8Array;
  sha256: string;
  sourceSha256: string;
  imgsz: number;
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Wraps every file of YUNET_FILES from the originals in `sourceDir`. */
export function buildYunetFiles(sourceDir: string): BuiltYunet[] {
  return YUNET_FILES.map((f) => {
    const original = new Uint8Array(readFileSync(join(sourceDir, f.source)));
    const { bytes, imgsz } = wrapYunet(original, f.network);
    return { ...f, bytes, imgsz, sha256: sha256(bytes), sourceSha256: sha256(original) };
  });
}

/**
 * The face entry of models/manifest.json for the wrapped files. conf 0.7: YuNet scores the cat
 * of chelsea.png about 0.59 and real faces 0.74-0.95 (measured here), so 0.7 refuses the one and
 * keeps the others; iou 0.3 as OpenCV's FaceDetectorYN; cropScale 1.3 because YuNet's box runs
 * from the brows to the chin, and 1.3 of its longer side holds forehead and chin too.
 */
export function yunetEntry(built: readonly BuiltYunet[]): ManifestModelInput {
  const main = built.find((b) => b.kind === 'main');
  if (!main) throw new Error('no main YuNet file');
  return {
    id: main.id,
    role: 'face',
    task: 'pose',
    file: main.file,
    sha256: main.sha256,
    bytes: main.bytes.length,
    imgsz: main.imgsz,
    names: ['face'],
    kptShape: [5, 3],
    conf: 0.7,
    iou: 0.3,
    maxDet: 300,
    cropScale: 1.3,
    version: YUNET_WRAPPER_VERSION,
    baseline: false,
    description:
      'YuNet-n face detector (libfacedetection.train, Apache-2.0, trained on WIDER FACE), wrapped into the YOLO-pose contract by models/scripts/wrap-yunet.ts: ' +
      'a box and five landmarks (right eye, left eye, nose tip, right and left mouth corner) per face. ' +
      'conf 0.7 refuses a cat (scores about 0.59) and keeps real faces (0.74-0.95).',
    variants: built
      .filter((b) => b.kind !== 'main')
      .map((b) => ({ id: b.id, kind: b.kind === 'imgsz' ? 'imgsz' : 'alternative', file: b.file, sha256: b.sha256, bytes: b.bytes.length, imgsz: b.imgsz })),
  };
}

function isFaceOrSameId(model: unknown, id: string): boolean {
  if (typeof model !== 'object' || model === null) return false;
  return ('role' in model && model.role === 'face') || ('id' in model && model.id === id);
}

/**
 * Puts the face entry into a manifest where its face model stood (first in a new one), keeping
 * every other entry. The old face entry is replaced before validation, so a manifest whose face
 * model no longer fits the schema (a detect face model from before pose) is repaired, not refused.
 * @throws ZodError when the merged manifest is invalid
 */
export function mergeFaceEntry(existing: unknown, entry: ManifestModelInput): Manifest {
  const models: unknown[] = typeof existing === 'object' && existing !== null && 'models' in existing && Array.isArray(existing.models) ? existing.models : [];
  const at = models.findIndex((m) => isFaceOrSameId(m, entry.id));
  const kept = models.filter((m) => !isFaceOrSameId(m, entry.id));
  kept.splice(at < 0 ? 0 : at, 0, entry);
  return manifestSchema.parse({ schemaVersion: 1, models: kept });
}
