import type { RequestIdVariables } from 'hono/request-id';

/** Typed variables that middleware set on the Hono context. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    clientIp: string;
  };
};
