import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';

/**
 * Sets `clientIp`: the socket's address, or, when the server runs behind a trusted proxy (nginx
 * in front of the replicas), the last `X-Forwarded-For` entry: the one that proxy wrote. Ours
 * overwrites the header; one that appends to it (`$proxy_add_x_forwarded_for`) leaves the
 * client's own entries first, and those anyone can forge.
 */
export function clientIp(trustProxy: boolean) {
  return createMiddleware<AppEnv>(async (c, next) => {
    let ip: string | undefined;
    if (trustProxy) ip = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (!ip) {
      try {
        ip = getConnInfo(c).remote.address;
      } catch {
        // app.request() in tests has no socket.
      }
    }
    c.set('clientIp', ip ?? 'unknown');
    await next();
  });
}
