import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

/**
 * Pending connections the kernel queues before accept (capped by net.core.somaxconn). Node's
 * default of 511 drops SYNs when a thousand clients connect at once, and each dropped one
 * retries a second later.
 */
export const LISTEN_BACKLOG = 4096;

/**
 * Serves a fetch handler like `serve()` of @hono/node-server, with a listen backlog deep enough
 * for a thousand connections opening together.
 */
export function listen(options: { fetch: (request: Request) => Response | Promise<Response>; port: number; hostname?: string }, onListening?: (info: AddressInfo) => void) {
  const server = createAdaptorServer({ fetch: options.fetch });
  server.listen({ port: options.port, host: options.hostname, backlog: LISTEN_BACKLOG }, () => onListening?.(server.address() as AddressInfo));
  return server;
}
