import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { CorruptArchiveError, recordSchema, type ArchiveRecord } from './archive-format';

/** A parsed record and its exact line, which is what the table checksums cover. */
export interface ReadRecord {
  record: ArchiveRecord;
  line: string;
}

async function* lines(path: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const feeding = pipeline(createReadStream(path), gunzip);
  feeding.catch(() => undefined);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      pending += decoder.write(chunk);
      let end = pending.indexOf('\n');
      while (end >= 0) {
        yield pending.slice(0, end);
        pending = pending.slice(end + 1);
        end = pending.indexOf('\n');
      }
    }
    await feeding;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    throw new CorruptArchiveError(`unreadable archive (${(error as Error).message})`);
  }
  if (pending + decoder.end() !== '') throw new CorruptArchiveError('archive ends in the middle of a record');
}

/**
 * Reads an archive record by record, validating each; throws `CorruptArchiveError` on bad gzip,
 * bad JSON or an unknown record. Streams, so archives larger than memory are fine.
 */
export async function* readArchive(path: string): AsyncGenerator<ReadRecord> {
  let lineNumber = 0;
  for await (const line of lines(path)) {
    lineNumber++;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CorruptArchiveError(`line ${lineNumber} is not JSON`);
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success) throw new CorruptArchiveError(`line ${lineNumber} is not a backup record`);
    yield { record: parsed.data, line };
  }
}
