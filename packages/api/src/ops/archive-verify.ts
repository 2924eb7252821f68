import { createHash, type Hash } from 'node:crypto';
import type { ArchiveHeader, BackupManifest, TableRecord } from './archive-format';
import { CorruptArchiveError } from './archive-format';
import { readArchive } from './archive-reader';
import { sha256 } from './photo-files';

/** A verified archive: its header, manifest and table definitions, in archive order. */
export interface VerifiedArchive {
  header: ArchiveHeader;
  manifest: BackupManifest;
  tables: TableRecord[];
}

function sameEntries<T>(label: string, found: Record<string, T>, declared: Record<string, T>, equal: (a: T, b: T) => boolean): void {
  const names = new Set([...Object.keys(found), ...Object.keys(declared)]);
  for (const name of names) {
    const a = found[name];
    const b = declared[name];
    if (a === undefined) throw new CorruptArchiveError(`${label} ${name} is in the manifest but not in the archive`);
    if (b === undefined) throw new CorruptArchiveError(`${label} ${name} is in the archive but not in the manifest`);
    if (!equal(a, b)) throw new CorruptArchiveError(`${label} ${name} does not match its checksum or count in the manifest`);
  }
}

/**
 * Reads a whole archive and checks its structure, every table's row count and SHA-256 and every
 * photo's size and SHA-256 against the manifest. Changes nothing; throws `CorruptArchiveError`.
 */
export async function verifyArchive(path: string): Promise<VerifiedArchive> {
  let header: ArchiveHeader | null = null;
  let manifest: BackupManifest | null = null;
  const tables: TableRecord[] = [];
  const tableSums: BackupManifest['tables'] = {};
  const photoSums: BackupManifest['photos'] = {};
  let current: { name: string; rows: number; hash: Hash; width: number } | null = null;
  const closeTable = (): void => {
    if (current) tableSums[current.name] = { rows: current.rows, sha256: current.hash.digest('hex') };
    current = null;
  };
  for await (const { record, line } of readArchive(path)) {
    if (manifest) throw new CorruptArchiveError('records after the manifest');
    if (!header) {
      if (!('format' in record)) throw new CorruptArchiveError('the archive does not start with a derma-backup header');
      header = record;
    } else if ('r' in record) {
      if (!current) throw new CorruptArchiveError('a row outside any table');
      if (record.r.length !== current.width) throw new CorruptArchiveError(`a row of ${current.name} has ${record.r.length} values, not ${current.width}`);
      current.rows++;
      current.hash.update(`${line}\n`);
    } else if ('table' in record) {
      closeTable();
      if (record.binary.length !== record.columns.length) throw new CorruptArchiveError(`table ${record.table}: column flags do not match its columns`);
      if (tableSums[record.table]) throw new CorruptArchiveError(`table ${record.table} appears twice`);
      tables.push(record);
      current = { name: record.table, rows: 0, hash: createHash('sha256'), width: record.columns.length };
    } else if ('photo' in record) {
      closeTable();
      const bytes = Buffer.from(record.data, 'base64');
      photoSums[record.photo] = { bytes: bytes.length, sha256: sha256(bytes) };
    } else if ('manifest' in record) {
      closeTable();
      manifest = record.manifest;
    } else {
      throw new CorruptArchiveError('a second header');
    }
  }
  if (!header || !manifest) throw new CorruptArchiveError('the archive is incomplete (no manifest)');
  sameEntries('table', tableSums, manifest.tables, (a, b) => a.rows === b.rows && a.sha256 === b.sha256);
  sameEntries('photo', photoSums, manifest.photos, (a, b) => a.bytes === b.bytes && a.sha256 === b.sha256);
  return { header, manifest, tables };
}
