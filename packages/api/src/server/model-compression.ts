import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Content encodings a model file is served in, best first. */
export const MODEL_ENCODINGS = ['br', 'gzip'] as const;
export type ModelEncoding = (typeof MODEL_ENCODINGS)[number];

/** A compressed copy ready to send. */
export interface CompressedModel {
  encoding: ModelEncoding;
  bytes: Buffer;
  /** The source file's modification time, for Last-Modified. */
  mtime: Date;
}

type Copies = Partial<Record<ModelEncoding, string>>;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Brotli 11 takes tens of seconds on a 12 MB fp32 graph; 9 is within a few percent of it. */
const BROTLI_11_LIMIT = 2_000_000;

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

/**
 * Brotli and gzip copies of the model files `/models` serves, so a phone on a slow link downloads
 * an int8 or fp16 graph at a fraction of its size (float weights barely compress; quantised ones
 * do: bench/RESULTS.md, section 2). Copies are named by the source's SHA-256 in a cache folder
 * (tmpdir by default, as the models folder may be read-only), made off the event loop by zlib's
 * thread pool, once per content; a file replaced on disk (`derma models add`, a new export) gets
 * new copies, so a stale copy is never sent. A copy no smaller than its source is not kept.
 */
export class ModelCompression {
  private readonly entries = new Map<string, { mtimeMs: number; size: number; copies: Promise<Copies> }>();

  constructor(private readonly cacheDir = join(tmpdir(), 'derma-models-compressed')) {}

  /**
   * The best compressed copy of `file` the client accepts, made first if needed; null when it
   * accepts none, none is smaller, or the file is missing (serve it as it is).
   */
  async lookup(file: string, acceptEncoding: string | undefined): Promise<CompressedModel | null> {
    const wanted = MODEL_ENCODINGS.filter((e) => accepts(acceptEncoding, e));
    if (wanted.length === 0) return null;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const copies = await this.copiesOf(file, info.mtimeMs, info.size);
    for (const encoding of wanted) {
      const path = copies[encoding];
      if (path) return { encoding, bytes: await readFile(path), mtime: info.mtime };
    }
    return null;
  }

  /** Starts compressing files ahead of their first request (errors are left to that request). */
  warm(files: readonly string[]): void {
    for (const file of files) {
      void stat(file).then(
        (info) => this.copiesOf(file, info.mtimeMs, info.size),
        () => undefined,
      );
    }
  }

  private copiesOf(file: string, mtimeMs: number, size: number): Promise<Copies> {
    const known = this.entries.get(file);
    if (known && known.mtimeMs === mtimeMs && known.size === size) return known.copies;
    const copies = this.compress(file);
    this.entries.set(file, { mtimeMs, size, copies });
    // A failure is not cached: the next request tries again.
    copies.catch(() => this.entries.delete(file));
    return copies;
  }

  private async compress(file: string): Promise<Copies> {
    const data = await readFile(file);
    const sha = createHash('sha256').update(data).digest('hex');
    await mkdir(this.cacheDir, { recursive: true });
    const copies: Copies = {};
    for (const encoding of MODEL_ENCODINGS) {
      const path = join(this.cacheDir, `${sha}.${encoding === 'br' ? 'br' : 'gz'}`);
      const existing = await stat(path).catch(() => null);
      if (existing?.isFile() && existing.size > 0) {
        if (existing.size < data.length) copies[encoding] = path;
        continue;
      }
      const packed = await encode(data, encoding);
      // Named by content, written whole then renamed: a reader never sees half a copy.
      // Unique per write: two servers (or two apps of one process) may compress the same content at once.
      const partial = `${path}.${randomUUID()}.partial`;
      await writeFile(partial, packed);
      await rename(partial, path);
      if (packed.length < data.length) copies[encoding] = path;
    }
    return copies;
  }
}
