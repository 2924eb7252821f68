import { createHash, randomUUID } from 'node:crypto';
import type { Stats } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from 'node:zlib';

/** Content encodings a model file is served in, best first. */
export const MODEL_ENCODINGS = ['br', 'gzip'] as const;
export type ModelEncoding = (typeof MODEL_ENCODINGS)[number];

/** A compressed copy ready to send: stream it from `path`. */
export interface CompressedModel {
  encoding: ModelEncoding;
  path: string;
  bytes: number;
  /** The source file's modification time, for Last-Modified. */
  mtime: Date;
}

type Copies = Partial<Record<ModelEncoding, { path: string; bytes: number }>>;

const brotli = promisify(brotliCompress);
const unbrotli = promisify(brotliDecompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
/** Brotli 11 takes tens of seconds on a 12 MB fp32 graph; 9 is within a few percent of it. */
const BROTLI_11_LIMIT = 2_000_000;
/** After a failure (cache folder not writable, disk full) files go out as they are for a while, not recompressed per request. */
const RETRY_AFTER_MS = 60_000;

/** Whether an Accept-Encoding header lists `encoding` with a non-zero quality. */
export function accepts(header: string | undefined, encoding: ModelEncoding): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== encoding && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

async function encode(data: Buffer, encoding: ModelEncoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(data, { level: 9 });
  const quality = data.length > BROTLI_11_LIMIT ? 9 : 11;
  return brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
}

function decode(data: Buffer, encoding: ModelEncoding): Promise<Buffer> {
  return encoding === 'gzip' ? gunzipAsync(data) : unbrotli(data);
}

/** Identity of a file's current content as far as stat tells: a replaced file changes one of these. */
function versionOf(info: Stats): string {
  return `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
}

/**
 * Brotli and gzip copies of the model files `/models` serves, so a phone on a slow link downloads
 * an int8 or fp16 graph at a fraction of its size (float weights barely compress; quantised ones
 * do: bench/RESULTS.md, section 2). Copies are named by the source's SHA-256 in a cache folder
 * (tmpdir by default, as the models folder may be read-only; created private to this user) and
 * compressed by zlib's thread pool, once per content. A copy found there that this process did
 * not write is decoded and checked against the hash before it is used. A file replaced on disk
 * gets new copies, so a stale copy is never sent; a copy no smaller than its source is not used.
 * Any failure serves the file as it is.
 */
export class ModelCompression {
  private readonly entries = new Map<string, { version: string; copies: Promise<Copies> }>();
  private failedAt = -Infinity;

  constructor(private readonly cacheDir = join(tmpdir(), `derma-models-compressed-${process.getuid?.() ?? 'user'}`)) {}

  /**
   * The best compressed copy of `file` the client accepts, made first if needed; null when it
   * accepts none, none is smaller, the file is missing, or compressing failed (serve it as it is).
   */
  async lookup(file: string, acceptEncoding: string | undefined): Promise<CompressedModel | null> {
    const wanted = MODEL_ENCODINGS.filter((e) => accepts(acceptEncoding, e));
    if (wanted.length === 0 || Date.now() - this.failedAt < RETRY_AFTER_MS) return null;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const copies = await this.copiesOf(file, info).catch(() => null);
    for (const encoding of wanted) {
      const copy = copies?.[encoding];
      if (copy) return { encoding, ...copy, mtime: info.mtime };
    }
    return null;
  }

  /** Compresses files ahead of their first request, one at a time (resolves when done; never rejects). */
  async warm(files: readonly string[]): Promise<void> {
    for (const file of files) {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) await this.copiesOf(file, info).catch(() => undefined);
    }
  }

  private copiesOf(file: string, info: Stats): Promise<Copies> {
    const version = versionOf(info);
    const known = this.entries.get(file);
    if (known?.version === version) return known.copies;
    const copies = this.compress(file);
    const entry = { version, copies };
    this.entries.set(file, entry);
    copies.catch(() => {
      this.failedAt = Date.now();
      // Not a newer entry that replaced this one meanwhile.
      if (this.entries.get(file) === entry) this.entries.delete(file);
    });
    return copies;
  }

  private async compress(file: string): Promise<Copies> {
    const data = await readFile(file);
    const sha = createHash('sha256').update(data).digest('hex');
    await mkdir(this.cacheDir, { recursive: true, mode: 0o700 });
    const copies: Copies = {};
    for (const encoding of MODEL_ENCODINGS) {
      const path = join(this.cacheDir, `${sha}.${encoding === 'br' ? 'br' : 'gz'}`);
      const bytes = (await this.verified(path, encoding, sha)) ?? (await this.write(path, await encode(data, encoding)));
      if (bytes < data.length) copies[encoding] = { path, bytes };
    }
    return copies;
  }

  /** The size of a copy already in the folder (another process's, or an earlier run's) if it decodes to `sha`. */
  private async verified(path: string, encoding: ModelEncoding, sha: string): Promise<number | null> {
    const existing = await readFile(path).catch(() => null);
    if (!existing) return null;
    const decoded = await decode(existing, encoding).catch(() => null);
    return decoded && createHash('sha256').update(decoded).digest('hex') === sha ? existing.length : null;
  }

  private async write(path: string, packed: Buffer): Promise<number> {
    // Written whole then renamed, so a reader never sees half a copy; a unique partial name, as
    // two servers (or two apps of one process) may compress the same content at once.
    const partial = `${path}.${randomUUID()}.partial`;
    await writeFile(partial, packed, { mode: 0o600 });
    await rename(partial, path);
    return packed.length;
  }
}
