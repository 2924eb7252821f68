import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, CorruptArchiveError } from './archive-format';
import { verifyArchive } from './archive-verify';
import { ArchiveWriter } from './archive-writer';
import { sha256 } from './photo-files';

const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]);

async function writeSample(path: string): Promise<void> {
  const writer = new ArchiveWriter(path);
  const createdAt = '2025-01-01T00:00:00.000Z';
  await writer.write({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, createdAt, server: 'test', schema: null });
  await writer.beginTable({ table: 't', columns: ['id', 'data'], binary: [false, true], createSql: 'CREATE TABLE t (id int, data blob)' });
  await writer.write({ r: ['1', { b64: 'AAE=' }] });
  await writer.write({ r: ['2', null] });
  writer.endTable('t');
  await writer.write({ photo: 'u1/d1.jpg', data: PHOTO.toString('base64') });
  await writer.write({ manifest: { createdAt, schema: null, tables: writer.tables, photos: { 'u1/d1.jpg': { bytes: PHOTO.length, sha256: sha256(PHOTO) } } } });
  await writer.finish();
}

describe('verifyArchive', () => {
  let dir: string;
  let sample: string;
  let text: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'derma-archive-'));
    sample = join(dir, 'sample.gz');
    await writeSample(sample);
    text = gunzipSync(await readFile(sample)).toString('utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function verifyText(content: string): Promise<unknown> {
    const path = join(dir, `variant-${Math.random().toString(36).slice(2)}.gz`);
    await writeFile(path, gzipSync(content));
    return verifyArchive(path);
  }

  it('accepts what the writer wrote and returns its tables and manifest', async () => {
    const verified = await verifyArchive(sample);
    expect(verified.tables.map((t) => t.table)).toEqual(['t']);
    expect(verified.manifest.tables.t?.rows).toBe(2);
  });

  it('refuses a truncated archive', async () => {
    const bytes = await readFile(sample);
    await writeFile(join(dir, 'cut.gz'), bytes.subarray(0, bytes.length - 12));
    await expect(verifyArchive(join(dir, 'cut.gz'))).rejects.toThrow(CorruptArchiveError);
  });

  it('refuses an archive whose manifest is missing', async () => {
    await expect(verifyText(text.split('\n').slice(0, -2).join('\n') + '\n')).rejects.toThrow(/no manifest/);
  });

  it('refuses a row that differs from its table checksum', async () => {
    await expect(verifyText(text.replace('["2",null]', '["3",null]'))).rejects.toThrow(/table t does not match/);
  });

  it('refuses a photo whose bytes differ from the manifest', async () => {
    await expect(verifyText(text.replace(PHOTO.toString('base64'), Buffer.from('other').toString('base64')))).rejects.toThrow(/photo u1\/d1.jpg/);
  });

  it('refuses a photo path that would escape the photo directory', async () => {
    await expect(verifyText(text.replace('"u1/d1.jpg","data"', '"../../etc/passwd","data"'))).rejects.toThrow(/not a backup record/);
  });
});
