import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import type { ArchiveRecord, BackupManifest } from './archive-format';

/**
 * Writes archive records as gzipped NDJSON to `<path>.partial`, renamed to `path` by `finish`,
 * so a failed backup never leaves a truncated archive under the final name.
 */
export class ArchiveWriter {
  private readonly gzip: Gzip;
  private readonly done: Promise<void>;
  private tableHash: Hash | null = null;
  private tableRows = 0;
  readonly tables: BackupManifest['tables'] = {};

  constructor(private readonly path: string) {
    this.gzip = createGzip({ level: 6 });
    this.done = pipeline(this.gzip, createWriteStream(`${path}.partial`, { mode: 0o600 }));
    // The rejection is observed by finish() or abort(); do not let it crash the process first.
    this.done.catch(() => undefined);
  }

  /** Writes one record; `r` rows are counted and hashed into the current table. */
  async write(record: ArchiveRecord): Promise<string> {
    const line = JSON.stringify(record);
    if ('r' in record) {
      this.tableHash?.update(`${line}\n`);
      this.tableRows++;
    }
    // A failed file stream destroys the gzip stream: surface its error instead of waiting for drain.
    if (this.gzip.destroyed) await this.done;
    if (!this.gzip.write(`${line}\n`)) await Promise.race([once(this.gzip, 'drain'), this.done]);
    return line;
  }

  /** Starts a table: the rows written next belong to it until `endTable`. */
  async beginTable(record: Extract<ArchiveRecord, { table: string }>): Promise<void> {
    await this.write(record);
    this.tableHash = createHash('sha256');
    this.tableRows = 0;
  }

  /** Closes the current table and records its row count and checksum for the manifest. */
  endTable(name: string): void {
    if (!this.tableHash) throw new Error(`endTable(${name}) without beginTable`);
    this.tables[name] = { rows: this.tableRows, sha256: this.tableHash.digest('hex') };
    this.tableHash = null;
  }

  /** Flushes, closes and moves the archive to its final name. */
  async finish(): Promise<void> {
    this.gzip.end();
    await this.done;
    await rename(`${this.path}.partial`, this.path);
  }

  /** Stops writing and deletes the partial file. */
  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => undefined);
    await rm(`${this.path}.partial`, { force: true });
  }
}
