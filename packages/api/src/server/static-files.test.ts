import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../db/client';
import { createTestDeps } from '../testing/test-deps';
import { createApp } from './app';
import { ModelCompression } from './model-compression';
import { cacheControlFor } from './static-files';

/** Compressible like a quantised graph: 64 KiB of a short repeating byte pattern. */
const MODEL = Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7) % 13));

let root: string;
let app: ReturnType<typeof createApp>;
const database = createDatabase('mysql://root@127.0.0.1:1/unused');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'derma-static-'));
  await mkdir(join(root, 'web', 'assets'), { recursive: true });
  await mkdir(join(root, 'models'));
  await writeFile(join(root, 'web', 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(root, 'web', 'assets', 'index-BvX3k2_a.js'), 'console.log(1)');
  await writeFile(join(root, 'web', 'assets', 'index-BvX3k2_a.js.br'), 'brotli bytes');
  await mkdir(join(root, 'web', 'ort'));
  await writeFile(join(root, 'web', 'ort', 'ort-wasm-simd-threaded.jsep.wasm'), 'wasm bytes');
  await writeFile(join(root, 'web', 'ort', 'ort-wasm-simd-threaded.jsep.wasm.br'), 'brotli wasm');
  await writeFile(join(root, 'models', 'acne-3f9a1c2e.onnx'), 'onnx');
  await writeFile(join(root, 'models', 'manifest.json'), '{}');
  await mkdir(join(root, 'models', 'src'));
  await mkdir(join(root, 'models', 'generated'));
  await writeFile(join(root, 'models', 'package.json'), '{}');
  await writeFile(join(root, 'models', 'src', 'acne.ts'), 'export {}');
  await writeFile(join(root, 'models', 'generated', 'yolov8n.onnx'), 'big');
  await mkdir(join(root, 'models', 'baseline'));
  await writeFile(join(root, 'models', 'baseline', 'acne.int8.onnx'), MODEL);
  await writeFile(join(root, 'models', 'baseline', 'random.onnx'), randomBytes(4096));
  const modelCompression = new ModelCompression(join(root, 'compressed'));
  app = createApp({ ...createTestDeps(database.db), staticDir: join(root, 'web'), modelsDir: join(root, 'models'), modelCompression });
});
afterAll(async () => {
  await database.close();
  await rm(root, { recursive: true, force: true });
});

describe('static files', () => {
  it('caches hashed files for a year as immutable and revalidates the rest', () => {
    expect(cacheControlFor('/assets/index-BvX3k2_a.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/acne-3f9a1c2e.onnx')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
    expect(cacheControlFor('/manifest.json')).toBe('no-cache');
  });

  it('serves a hashed asset of the web build with immutable caching and COEP', async () => {
    const res = await app.request('/assets/index-BvX3k2_a.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it('serves the precompressed brotli file to browsers that accept it, and the plain file otherwise', async () => {
    const br = await app.request('/assets/index-BvX3k2_a.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(await br.text()).toBe('brotli bytes');
    const plain = await app.request('/assets/index-BvX3k2_a.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log(1)');
  });

  it('answers the revalidation of an unchanged file with 304 and no body, and any other copy in full', async () => {
    const path = '/ort/ort-wasm-simd-threaded.jsep.wasm';
    const first = await app.request(path, { headers: { 'Accept-Encoding': 'br' } });
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(lastModified).not.toBe('');
    const again = await app.request(path, { headers: { 'Accept-Encoding': 'br', 'If-Modified-Since': lastModified } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('last-modified')).toBe(lastModified);
    // The client's copy is older, or newer (a rollback to an older build): both get the file.
    for (const offset of [-60_000, 60_000]) {
      const other = new Date(Date.parse(lastModified) + offset).toUTCString();
      const changed = await app.request(path, { headers: { 'Accept-Encoding': 'br', 'If-Modified-Since': other } });
      expect(changed.status).toBe(200);
      expect(await changed.text()).toBe('brotli wasm');
    }
  });

  it('serves index.html, uncached, for client-side routes', async () => {
    const res = await app.request('/history/week');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<!doctype html>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves model files under /models and revalidates the manifest', async () => {
    const model = await app.request('/models/acne-3f9a1c2e.onnx');
    expect(await model.text()).toBe('onnx');
    expect(model.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/models/manifest.json')).headers.get('cache-control')).toBe('no-cache');
  });

  it('serves only the manifest and model files, not the generators or generated graphs beside them', async () => {
    for (const path of ['/models/package.json', '/models/src/acne.ts', '/models/generated/yolov8n.onnx', '/models/../web/index.html']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });

  it('does not answer unknown model files with the web app', async () => {
    expect((await app.request('/models/missing.onnx')).status).toBe(404);
  });

  it('sends a model file brotli-encoded to a client that accepts it, gzip-encoded to one that accepts only gzip', async () => {
    const br = await app.request('/models/baseline/acne.int8.onnx', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('no-cache');
    const packed = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(packed.length);
    expect(packed.length).toBeLessThan(MODEL.length / 20);
    expect(brotliDecompressSync(packed).equals(MODEL)).toBe(true);
    const gz = await app.request('/models/baseline/acne.int8.onnx', { headers: { 'Accept-Encoding': 'gzip, br;q=0' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(MODEL)).toBe(true);
  });

  it('sends the model file as it is to a client that accepts no encoding, still varying on it', async () => {
    const res = await app.request('/models/baseline/acne.int8.onnx');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(Buffer.from(await res.arrayBuffer()).equals(MODEL)).toBe(true);
  });

  it('answers HEAD with the encoded length and no body', async () => {
    const head = await app.request('/models/baseline/acne.int8.onnx', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(Number(head.headers.get('content-length'))).toBeLessThan(MODEL.length);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('never sends the compressed copy of a model file that was replaced on disk', async () => {
    const path = join(root, 'models', 'baseline', 'wrinkle.onnx');
    await writeFile(path, MODEL);
    await app.request('/models/baseline/wrinkle.onnx', { headers: { 'Accept-Encoding': 'br' } });
    const replaced = Buffer.concat([MODEL, Buffer.from('a newer export')]);
    await writeFile(path, replaced);
    const res = await app.request('/models/baseline/wrinkle.onnx', { headers: { 'Accept-Encoding': 'br' } });
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).equals(replaced)).toBe(true);
  });

  it('sends a file that does not compress as it is', async () => {
    const res = await app.request('/models/baseline/random.onnx', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.arrayBuffer()).byteLength).toBe(4096);
  });

  it('revalidates a compressed model file with 304 and no body', async () => {
    const first = await app.request('/models/baseline/acne.int8.onnx', { headers: { 'Accept-Encoding': 'br' } });
    const since = first.headers.get('last-modified') ?? '';
    const again = await app.request('/models/baseline/acne.int8.onnx', { headers: { 'Accept-Encoding': 'br', 'If-Modified-Since': since } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-encoding')).toBeNull();
  });
});
