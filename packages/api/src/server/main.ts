import { loadEnv } from '../env';
import { createApp } from './app';
import { createDepsFromEnv } from './create-deps';
import { bootstrapDatabase } from './database-bootstrap';
import { installGracefulShutdown } from './graceful-shutdown';
import { listen } from './listen';

/** Starts the API: parses the environment, serves on PORT, and migrates the database meanwhile. */
function main(): void {
  const env = loadEnv();
  const { deps, database, close } = createDepsFromEnv(env);
  const stopBootstrap = bootstrapDatabase({ url: env.DATABASE_URL, handle: database, status: deps.dbStatus, logger: deps.logger });
  const server = listen({ fetch: createApp(deps).fetch, port: env.PORT }, (info) => {
    deps.logger.info({ port: info.port }, 'derma-api listening');
  });
  // SIGTERM/SIGINT: stop accepting, let requests and advice streams finish (10 s at most), then close.
  installGracefulShutdown({
    server,
    logger: deps.logger,
    drainTimeoutMs: 10_000,
    hooks: [
      { name: 'database bootstrap', close: async () => stopBootstrap() },
      { name: 'pools and clients', close },
    ],
  });
}

main();
