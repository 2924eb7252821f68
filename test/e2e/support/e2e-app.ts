import { createApp } from '@derma/api';
import { startFakeOllama, type FakeOllama } from '../../fake-ollama';
import { createTestDatabase, type TestDatabase } from '../../../packages/api/src/testing/test-database';
import { createTestDeps } from '../../../packages/api/src/testing/test-deps';
import { startTestServer } from '../../../packages/api/src/testing/test-server';
import { MODELS_DIR, WEB_DIST } from './paths';

/** Advice tokens the fake Ollama streams; tests look for them on the result screen. */
export const ADVICE_TOKENS = ['Keep ', 'your ', 'skin ', 'moisturised ', 'and ', 'use ', 'sunscreen.'];

export interface E2eApp {
  url: string;
  db: TestDatabase;
  ollama: FakeOllama;
  /** Request paths the server saw, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** The production app on an ephemeral port: web build, `/models`, real API on a fresh database. */
export async function startE2eApp(): Promise<E2eApp> {
  const ollama = await startFakeOllama({ reply: ADVICE_TOKENS, tokenDelayMs: 30 });
  const db = await createTestDatabase();
  const deps = createTestDeps(db.db, { ollamaHost: ollama.url });
  const app = createApp({ ...deps, staticDir: WEB_DIST, modelsDir: MODELS_DIR });
  const requests: string[] = [];
  const counting = { fetch: (req: Request, ...rest: unknown[]) => (requests.push(new URL(req.url).pathname), app.fetch(req, ...(rest as []))) };
  const server = await startTestServer(Object.assign(Object.create(app) as typeof app, counting));
  return {
    url: server.url,
    db,
    ollama,
    requests,
    close: async () => {
      await server.close();
      await ollama.close();
      await db.drop();
    },
  };
}
