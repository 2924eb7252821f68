import type { AnyTRPCRouter } from '@trpc/server';
import { z } from 'zod';
import { authProcedure, protectedProcedure } from '../trpc/trpc';

/** Who may call a procedure: only with a session, with or without one, or anyone. */
export type Access = 'session' | 'optional-session' | 'public';

export interface ProcedureInfo {
  /** The dotted tRPC path, also the last segment of its URL: `/trpc/<path>`. */
  path: string;
  kind: 'query' | 'mutation' | 'subscription';
  input: z.ZodType | undefined;
  output: z.ZodType | undefined;
  access: Access;
  /** Also counted against the stricter per-IP auth allowance. */
  authLimited: boolean;
}

interface ProcedureDef {
  type: ProcedureInfo['kind'];
  inputs: unknown[];
  output?: unknown;
  middlewares: unknown[];
}

// analyze serves guests too, but stores the result in the account when a session comes with it.
const OPTIONAL_SESSION = new Set(['diagnosis.analyze']);

function lastMiddleware(def: { middlewares: readonly unknown[] }): unknown {
  return def.middlewares[def.middlewares.length - 1];
}

// The builders append their middleware last, so a procedure built from one carries that function.
const SESSION_MIDDLEWARE = lastMiddleware(protectedProcedure._def);
const AUTH_LIMIT_MIDDLEWARE = lastMiddleware(authProcedure._def);

function zodOrUndefined(parser: unknown): z.ZodType | undefined {
  if (parser === undefined) return undefined;
  if (parser instanceof z.ZodType) return parser;
  // `validatedOutput(schema)`: a check function that carries its schema.
  if (typeof parser === 'function' && 'schema' in parser && parser.schema instanceof z.ZodType) return parser.schema;
  throw new Error('every procedure parser must be a zod schema');
}

/** Every procedure of `router`, read from tRPC's own definitions, sorted by path. */
export function listProcedures(router: AnyTRPCRouter): ProcedureInfo[] {
  const procedures = router._def.procedures as Record<string, { _def: ProcedureDef }>;
  return Object.entries(procedures)
    .map(([path, { _def: def }]) => {
      if (def.inputs.length > 1) throw new Error(`${path}: chained inputs are not described`);
      const session = def.middlewares.includes(SESSION_MIDDLEWARE);
      const access: Access = session ? 'session' : OPTIONAL_SESSION.has(path) ? 'optional-session' : 'public';
      return {
        path,
        kind: def.type,
        input: zodOrUndefined(def.inputs[0]),
        output: zodOrUndefined(def.output),
        access,
        authLimited: def.middlewares.includes(AUTH_LIMIT_MIDDLEWARE),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
