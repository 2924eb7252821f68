import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelCompression, accepts } from './model-compression';

let root: string;
const MODEL = Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7) % 13));
const SHA = createHash('sha256').update(MODEL).digest('hex');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'derma-compression-'));
  await writeFile(join(root, 'acne.onnx'), MODEL);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('accepts', () => {
  it('reads the encodings a client lists, with their qualities', () => {
    expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(accepts('gzip;q=1.0, br;q=0', 'br')).toBe(false);
    expect(accepts('gzip;q=1.0, br;q=0', 'gzip')).toBe(true);
    expect(accepts('identity', 'gzip')).toBe(false);
    expect(accepts(undefined, 'br')).toBe(false);
  });

  it('takes a wildcard as any encoding', () => {
    expect(accepts('*', 'br')).toBe(true);
    expect(accepts('BR', 'br')).toBe(true);
  });
});

describe('ModelCompression', () => {
  it('replaces a copy in its folder that does not decode to the file, instead of sending it', async () => {
    const cacheDir = join(root, 'planted');
    await mkdir(cacheDir);
    await writeFile(join(cacheDir, `${SHA}.br`), Buffer.from('not the model'));
    const copy = await new ModelCompression(cacheDir).lookup(join(root, 'acne.onnx'), 'br');
    expect(copy?.encoding).toBe('br');
    expect(brotliDecompressSync(await readFile(copy?.path ?? '')).equals(MODEL)).toBe(true);
  });

  it('sends the file as it is when it cannot keep copies, and does not try again on the next request', async () => {
    // A folder under a regular file cannot be created, whoever runs the test.
    const blocker = join(root, 'blocker');
    await writeFile(blocker, 'a file where the folder should be');
    const compression = new ModelCompression(join(blocker, 'cache'));
    expect(await compression.lookup(join(root, 'acne.onnx'), 'br')).toBeNull();
    // The folder could be made now, but the failure holds for a while: no recompression per request.
    await rm(blocker);
    expect(await compression.lookup(join(root, 'acne.onnx'), 'br')).toBeNull();
    await expect(readFile(join(blocker, 'cache', `${SHA}.br`))).rejects.toThrow();
  });

  it('compresses ahead of the first request, and a warm-up that fails does not reject', async () => {
    const cacheDir = join(root, 'warm');
    await new ModelCompression(cacheDir).warm([join(root, 'acne.onnx'), join(root, 'missing.onnx')]);
    expect(brotliDecompressSync(await readFile(join(cacheDir, `${SHA}.br`))).equals(MODEL)).toBe(true);
    await expect(new ModelCompression(join(root, 'acne.onnx', 'x')).warm([join(root, 'acne.onnx')])).resolves.toBeUndefined();
  });
});
