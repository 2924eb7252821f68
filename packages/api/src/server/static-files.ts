import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { readManifestFile } from '../inference/manifest-file';
import type { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';
import { ModelCompression } from './model-compression';

/** Build outputs with a content hash in their name (`index-BvX3k2_a.js`, `acne-3f9a1c2e.onnx`). */
const HASHED = /[.-][A-Za-z0-9_]{8,}\.(?:js|mjs|css|wasm|onnx|ort|woff2?|png|jpe?g|svg|webp|json)$/;
/** Paths that never fall back to the web app's index.html. */
const NOT_APP_ROUTE = /^\/(?:trpc|models|health|metrics)(?:\/|$)|\.[A-Za-z0-9]+$/;

/** Cache policy of a static file: a year and immutable when hashed, else revalidate every time. */
export function cacheControlFor(path: string): string {
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Whether the client holds exactly this file: its `If-Modified-Since` is the file's own
 * `Last-Modified` (an exact match, as nginx does, so rolling back to an older build is never
 * answered with 304).
 */
function notModified(ifModifiedSince: string | undefined, lastModified: string | null): boolean {
  if (!ifModifiedSince || !lastModified) return false;
  const [since, modified] = [Date.parse(ifModifiedSince), Date.parse(lastModified)];
  return Number.isFinite(since) && modified === since;
}

/**
 * Sets the cache policy (serveStatic builds its response before its onFound hook runs, so the
 * header is set after it) and answers a revalidation of an unchanged file with 304 and no body:
 * `no-cache` files (index.html, the manifest, the onnxruntime runtime under /ort/) then cost a
 * few header bytes on a repeat visit instead of megabytes.
 */
const cacheHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (!c.res.ok) return;
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', cacheControlFor(c.req.path));
  if (c.res.status === 200 && notModified(c.req.header('If-Modified-Since'), c.res.headers.get('Last-Modified'))) {
    const headers = new Headers(c.res.headers);
    for (const name of ['Content-Length', 'Content-Encoding', 'Content-Type']) headers.delete(name);
    await c.res.body?.cancel();
    c.res = undefined;
    c.res = new Response(null, { status: 304, headers });
  }
});

/**
 * What `/models` may serve: the manifest and ONNX files, never the generators, their
 * dependencies or the large generated graphs that live in the same folder.
 */
const MODEL_FILE = /^\/models\/(?:manifest\.json|(?!(?:node_modules|generated|src|scripts)\/)(?:[\w.-]+\/)*[\w.-]+\.onnx)$/;

/** Every file the manifest in `modelsDir` lists (models and their variants); none when it is unreadable. */
async function manifestFiles(modelsDir: string): Promise<string[]> {
  const onDisk = await readManifestFile(join(modelsDir, 'manifest.json')).catch(() => null);
  return (onDisk?.manifest.models ?? []).flatMap((m) => [m.file, ...m.variants.map((v) => v.file)]).map((f) => join(modelsDir, f));
}

/**
 * Serves `/models/*` from a directory: `manifest.json` and the model files only, each ONNX file
 * brotli- or gzip-encoded when the client accepts it (see ModelCompression; the manifest's files
 * are compressed ahead of their first request).
 */
export function mountModels(app: Hono<AppEnv>, modelsDir: string, compression = new ModelCompression()): void {
  // Never rejects: a file it could not compress is sent as it is.
  void manifestFiles(modelsDir).then((files) => compression.warm(files));
  app.use('/models/*', async (c, next) => {
    if (!MODEL_FILE.test(c.req.path) || c.req.path.includes('..')) return c.notFound();
    await next();
  });
  app.use('/models/*', cacheHeaders, async (c, next) => {
    if (!c.req.path.endsWith('.onnx') || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    // One URL, several bodies: a shared cache must key on the encoding.
    c.header('Vary', 'Accept-Encoding');
    const copy = await compression.lookup(join(modelsDir, c.req.path.slice('/models/'.length)), c.req.header('Accept-Encoding'));
    if (!copy) return next();
    c.header('Content-Encoding', copy.encoding);
    c.header('Content-Type', 'application/octet-stream');
    c.header('Content-Length', String(copy.bytes));
    c.header('Last-Modified', copy.mtime.toUTCString());
    // cacheHeaders turns a matching revalidation into 304: no need to open the copy for it.
    if (c.req.method === 'HEAD' || notModified(c.req.header('If-Modified-Since'), copy.mtime.toUTCString())) return c.body(null, 200);
    return c.body(Readable.toWeb(createReadStream(copy.path)) as ReadableStream<Uint8Array>, 200);
  });
  app.use('/models/*', serveStatic({ root: modelsDir, rewriteRequestPath: (p) => p.replace(/^\/models/, '') }));
}

/**
 * Serves the web build; GET paths that look like client-side routes get `index.html` so they
 * work on reload. API paths and missing files with an extension stay 404.
 */
export function mountWebApp(app: Hono<AppEnv>, staticDir: string): void {
  const index = serveStatic<AppEnv>({ root: staticDir, path: 'index.html' });
  // The web build ships .br/.gz siblings (packages/web/scripts/precompress.mjs): no per-request compression.
  app.use('*', cacheHeaders, serveStatic({ root: staticDir, precompressed: true }));
  app.get('*', (c, next) => (NOT_APP_ROUTE.test(c.req.path) ? next() : index(c, next)));
}
