import { createReadStream, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BenchImage } from '../lib/test-image';
import type { PipelineCode, SubjectModels } from './subjects';
import { beforeSnapshot } from './before-snapshot';

const ORT_DIST = join(dirname(createRequire(import.meta.url).resolve('onnxruntime-web')), '..', 'dist');
const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'browser-entry.ts');
const page = (code: PipelineCode) => `<!doctype html><meta charset="utf-8"><title>derma-edge bench</title><script type="module" src="/entry-${code}.js"></script>`;

/** Headers every response carries: COOP + COEP make the page cross-origin isolated (WASM threads). */
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };

/** The page's script; `before` swaps `@derma/shared` for the snapshot's copy (empty when it has none). */
async function bundleEntry(code: PipelineCode): Promise<string> {
  let alias: Record<string, string> = {};
  if (code === 'before') {
    const snapshot = await beforeSnapshot();
    if ('error' in snapshot) return '';
    alias = { '@derma/shared': snapshot.sharedEntry };
  }
  const result = await build({ entryPoints: [ENTRY], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, minify: true, logLevel: 'error', alias });
  return result.outputFiles[0]?.text ?? '';
}

function contentType(path: string): string {
  if (path.endsWith('.wasm')) return 'application/wasm';
  if (path.endsWith('.mjs') || path.endsWith('.js')) return 'text/javascript';
  return 'application/octet-stream';
}

/** The served benchmark page, its address and how to stop it. */
export interface BenchServer {
  url: string;
  /** The subject the page runs next: its models, and its pipeline code in the page's script. */
  setModels(models: SubjectModels): void;
  close(): Promise<void>;
}

/**
 * A tiny cross-origin-isolated site: the page and its bundled entry (today's pipeline or the
 * snapshot's), onnxruntime-web's dist files from node_modules, the current subject's models and
 * the test image as raw RGBA.
 */
export async function startBenchServer(bench: BenchImage): Promise<BenchServer> {
  const scripts: Record<PipelineCode, string> = { current: await bundleEntry('current'), before: await bundleEntry('before') };
  let set: SubjectModels | undefined;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (type: string, body: string | Uint8Array) => res.writeHead(200, { ...ISOLATION, 'Content-Type': type }).end(body);
    if (path === '/') return send('text/html', page(set?.code ?? 'current'));
    if (path === '/entry-current.js' || path === '/entry-before.js') return send('text/javascript', scripts[path === '/entry-before.js' ? 'before' : 'current']);
    if (path === '/manifest.json' && set) return send('application/json', JSON.stringify(set.manifestJson));
    if (path === '/image-size') return send('application/json', JSON.stringify({ width: bench.image.width, height: bench.image.height, face: bench.face }));
    if (path === '/image.rgba') return send('application/octet-stream', new Uint8Array(bench.image.data.buffer, bench.image.data.byteOffset, bench.image.data.byteLength));
    if (path.startsWith('/models/') && set) {
      const model = set.readFile(path.slice('/models/'.length));
      return void model.then((bytes) => send('application/octet-stream', bytes), () => res.writeHead(404, ISOLATION).end());
    }
    const file = path.startsWith('/ort/') ? join(ORT_DIST, normalize(path.slice(5)).replace(/^(\.\.[/\\])+/, '')) : undefined;
    if (!file || !existsSync(file)) return res.writeHead(404, ISOLATION).end();
    res.writeHead(200, { ...ISOLATION, 'Content-Type': contentType(file) });
    createReadStream(file).pipe(res);
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  return {
    url: `http://127.0.0.1:${port}/`,
    setModels: (next) => {
      set = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
