import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const ID = /^[0-9a-f-]{36}$/;

function checkId(kind: string, id: string): string {
  if (!ID.test(id)) throw new Error(`${kind} id "${id}" is not a UUID`);
  return id;
}

/**
 * Photos users chose to keep, at `<dir>/<userId>/<diagnosisId>.jpg`: re-encoded as JPEG with
 * every metadata block (EXIF, GPS, ICC) stripped, orientation applied, at most 2048 px.
 */
export class PhotoStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  /** Relative path stored in the database for a diagnosis's photo. */
  relativePath(userId: string, diagnosisId: string): string {
    return `${checkId('user', userId)}/${checkId('diagnosis', diagnosisId)}.jpg`;
  }

  /** Re-encodes and writes the photo atomically; returns the relative path. */
  async save(userId: string, diagnosisId: string, original: Uint8Array): Promise<string> {
    const relative = this.relativePath(userId, diagnosisId);
    const jpeg = await sharp(original)
      .rotate()
      .resize({ width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 88, mozjpeg: true })
      .toBuffer();
    await mkdir(join(this.dir, userId), { recursive: true });
    const target = join(this.dir, relative);
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, jpeg);
    await rename(temp, target);
    return relative;
  }

  /** The photo's bytes, or null when it is not stored. */
  async read(userId: string, diagnosisId: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(join(this.dir, this.relativePath(userId, diagnosisId))));
    } catch {
      return null;
    }
  }

  /** Deletes one diagnosis's photo, if any. */
  async remove(userId: string, diagnosisId: string): Promise<void> {
    await rm(join(this.dir, this.relativePath(userId, diagnosisId)), { force: true });
  }

  /** Deletes every photo of a user (account deletion). */
  async removeUser(userId: string): Promise<void> {
    await rm(join(this.dir, checkId('user', userId)), { recursive: true, force: true });
  }
}
