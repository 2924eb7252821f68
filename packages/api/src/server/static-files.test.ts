import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../db/client';
import { createTestDeps } from '../testing/test-deps';
import { createApp } from './app';
import { cacheControlFor } from './static-files';

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
  app = createApp({ ...createTestDeps(database.db), staticDir: join(root, 'web'), modelsDir: join(root, 'models') });
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
});
