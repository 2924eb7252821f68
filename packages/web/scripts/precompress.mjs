#!/usr/bin/env node
// Writes brotli (.br) and gzip (.gz) copies beside every compressible file of the web build, so
// the API serves them precompressed (serveStatic `precompressed`) without compressing per request.
// onnxruntime-web's WASM is most of a first visit (about 28 MB raw): phones on slow links need it small.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|webmanifest|svg|wasm|txt)$/;

async function* files(root) {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

let raw = 0;
let br = 0;
for await (const path of files(dir)) {
  if ((await stat(path)).size < 1024) continue;
  const data = await readFile(path);
  // Quality 11 takes minutes on multi-megabyte WASM; 9 is within a few percent of it.
  const quality = data.length > 1_000_000 ? 9 : 11;
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  await writeFile(`${path}.br`, brotli);
  await writeFile(`${path}.gz`, gzipSync(data, { level: 9 }));
  raw += data.length;
  br += brotli.length;
}
console.log(`precompressed ${dir}: ${(raw / 1e6).toFixed(1)} MB → ${(br / 1e6).toFixed(1)} MB brotli`);
