import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import type { AppEnv } from '../server/app-env';
import { listen } from '../server/listen';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Serves an app on 127.0.0.1 and an ephemeral port, as `main.ts` does on PORT (same backlog). */
export async function startTestServer(app: Hono<AppEnv>): Promise<TestServer> {
  let server: ReturnType<typeof listen> | undefined;
  const port = await new Promise<number>((resolve) => {
    server = listen({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server) return resolve();
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
