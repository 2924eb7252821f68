import type { Logger } from '../observability/logger';

/** The part of an HTTP server that a drain needs; `serve()` of @hono/node-server returns one. */
export interface DrainableServer {
  close(callback?: (error?: Error) => void): unknown;
  closeIdleConnections?(): void;
  closeAllConnections?(): void;
}

/** A resource released after the last request, such as the inference pool or the database pool. */
export interface CloseHook {
  name: string;
  close(): Promise<void>;
}

export interface GracefulShutdownOptions {
  server: DrainableServer;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Run in order once no request is left. */
  hooks: readonly CloseHook[];
  /** How long in-flight requests and streams may take before their connections are cut, in ms. */
  drainTimeoutMs?: number;
  /** How long each close hook may take, in ms. */
  hookTimeoutMs?: number;
  exit?: (code: number) => void;
}

function withTimeout(work: Promise<void>, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Stops accepting, waits for open connections up to the bound, then cuts the rest. */
async function drain(server: DrainableServer, timeoutMs: number, logger: GracefulShutdownOptions['logger']): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive socket is idle once its response ends: close those as they appear, not at the bound.
  const sweep = setInterval(() => server.closeIdleConnections?.(), 50);
  server.closeIdleConnections?.();
  const cut = setTimeout(() => {
    logger.warn({ drainTimeoutMs: timeoutMs }, 'requests still open at the shutdown bound, closing their connections');
    server.closeAllConnections?.();
  }, timeoutMs);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
}

/**
 * Builds the shutdown sequence: stop accepting connections, let in-flight requests and streams
 * finish (cut after `drainTimeoutMs`), run the close hooks in order, then exit 0 (1 when a hook
 * failed). A second call while shutting down exits 1 at once, as a second Ctrl-C should.
 * @example process.on('SIGTERM', createGracefulShutdown({ server, logger, hooks: [{ name: 'database', close }] }));
 */
export function createGracefulShutdown(options: GracefulShutdownOptions): (signal: string) => Promise<void> {
  const { server, logger, hooks, drainTimeoutMs = 10_000, hookTimeoutMs = 5_000, exit = (code: number) => process.exit(code) } = options;
  let started = false;
  return async (signal) => {
    if (started) {
      logger.warn({ signal }, 'second signal during shutdown, exiting now');
      return exit(1);
    }
    started = true;
    const began = Date.now();
    logger.info({ signal, drainTimeoutMs }, 'shutting down: no new connections, finishing open requests');
    await drain(server, drainTimeoutMs, logger);
    let code = 0;
    for (const hook of hooks) {
      try {
        await withTimeout(hook.close(), hookTimeoutMs, hook.name);
      } catch (error) {
        code = 1;
        logger.error({ err: error, hook: hook.name }, 'close hook failed');
      }
    }
    logger.info({ signal, ms: Date.now() - began, code }, 'shutdown complete');
    exit(code);
  };
}

/** Runs `createGracefulShutdown(options)` on SIGTERM and SIGINT; returns a function that detaches it. */
export function installGracefulShutdown(options: GracefulShutdownOptions, signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): () => void {
  const shutdown = createGracefulShutdown(options);
  const handler = (signal: NodeJS.Signals): void => void shutdown(signal);
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
