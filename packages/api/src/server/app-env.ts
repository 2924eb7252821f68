import type { RequestIdVariables } from 'hono/request-id';
import type { LogFields } from '../trpc/context';

/** Typed variables that middleware set on the Hono context. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    clientIp: string;
    /** Fields the request's log line gains while it is handled (the caller once known). */
    logFields: LogFields;
  };
};
