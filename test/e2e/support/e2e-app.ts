import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@derma/api';
import { InferencePool } from '@derma/api/inference';
import { createDatabase, createTcpProxy, createTestDatabase, createTestDeps, loadTestSettings, PhotoStore, startTestServer, type TcpProxy, type TestDatabase } from '@derma/api/testing';
import { startFakeOllama, type FakeOllama } from '../../fake-ollama';
import { MODELS_DIR, WEB_DIST } from './paths';

/** Advice tokens the fake Ollama streams; tests look for them on the result screen. */
export const ADVICE_TOKENS = ['Keep ', 'your ', 'skin ', 'moisturised ', 'and ', 'use ', 'sunscreen.'];

export interface E2eApp {
  url: string;
  db: TestDatabase;
  ollama: FakeOllama;
  /** Request paths the server saw, in order. */
  requests: string[];
  /** The photos uploaded for server analysis, as the server received them. */
  uploads: Uint8Array[];
  /** With `databaseProxy`: the link between the app and MariaDB, to cut and restore. */
  databaseLink: TcpProxy | null;
  close(): Promise<void>;
}

/**
 * The production app on an ephemeral port: web build, `/models`, real API on a fresh database,
 * server analysis on onnxruntime-node (one worker: Chromium needs the other core) and a photo
 * store in a temporary folder.
 */
export async function startE2eApp(options: { databaseProxy?: boolean } = {}): Promise<E2eApp> {
  const ollama = await startFakeOllama({ reply: ADVICE_TOKENS, tokenDelayMs: 30 });
  const db = await createTestDatabase();
  // The app can reach its database through a TCP link the test cuts; `db` stays direct.
  const target = new URL(loadTestSettings().TEST_MYSQL_URL);
  const databaseLink = options.databaseProxy ? await createTcpProxy(Number(target.port || 3306), target.hostname) : null;
  await databaseLink?.open();
  const linked = databaseLink ? createDatabase(`mysql://${target.username || 'root'}@127.0.0.1:${databaseLink.port}/${db.name}`) : null;
  const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };
  const inference = new InferencePool({ manifestPath: join(MODELS_DIR, 'manifest.json'), size: 1, threads: 1, maxQueue: 4, timeoutMs: 120_000, limits });
  const photoDir = await mkdtemp(join(tmpdir(), 'derma-e2e-photos-'));
  const deps = createTestDeps(linked?.db ?? db.db, { ollamaHost: ollama.url, inference, photos: new PhotoStore(photoDir) });
  const app = createApp({ ...deps, staticDir: WEB_DIST, modelsDir: MODELS_DIR });
  const requests: string[] = [];
  const uploads: Uint8Array[] = [];
  const record = async (req: Request): Promise<void> => {
    const path = new URL(req.url).pathname;
    requests.push(path);
    if (path !== '/trpc/diagnosis.analyze') return;
    const image = (await req.clone().formData()).get('image');
    if (image instanceof Blob) uploads.push(new Uint8Array(await image.arrayBuffer()));
  };
  const counting = { fetch: async (req: Request, ...rest: unknown[]) => (await record(req), app.fetch(req, ...(rest as []))) };
  const server = await startTestServer(Object.assign(Object.create(app) as typeof app, counting));
  return {
    url: server.url,
    db,
    ollama,
    requests,
    uploads,
    databaseLink,
    close: async () => {
      await server.close();
      await linked?.close();
      await databaseLink?.shut();
      await inference.close();
      await rm(photoDir, { recursive: true, force: true });
      await ollama.close();
      await db.drop();
    },
  };
}
