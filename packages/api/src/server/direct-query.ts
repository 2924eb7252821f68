import { TRPCError, type AnyTRPCProcedure, type AnyTRPCRouter } from '@trpc/server';
import { getErrorShape, getHTTPStatusCode, getTRPCErrorFromUnknown } from '@trpc/server/unstable-core-do-not-import';
import type { Context as HonoContext, MiddlewareHandler } from 'hono';
import { isValidated, jsonOf } from '../trpc/validated-output';
import type { AppEnv } from './app-env';

/** Builds a call's tRPC context from the Hono request; `resHeaders` collects Set-Cookie and Retry-After. */
export type RequestContext = (c: HonoContext<AppEnv>, resHeaders: Headers) => Record<string, unknown>;

const PREFIX = '/trpc/';

/** The JSON text of `?input=…`: null when absent; undefined when the query string holds anything else. */
function inputParameter(url: string): string | null | undefined {
  const start = url.indexOf('?');
  if (start === -1 || start === url.length - 1) return null;
  const search = url.slice(start + 1);
  if (!search.startsWith('input=') || search.includes('&')) return undefined;
  return new URLSearchParams(search).get('input');
}

/** tRPC's handler answers these differently (streams, other content types), so they go to it. */
function needsFullHandler(headers: Headers): boolean {
  return headers.has('trpc-accept') || headers.has('content-type') || (headers.get('accept')?.includes('application/jsonl') ?? false);
}

/**
 * Answers a plain-JSON GET of a query procedure (`/trpc/<path>`, at most an `input` parameter) by
 * calling the procedure itself: the same middlewares, validation, errors and headers as tRPC's
 * fetch handler, without the `Request`, `URL`, abort signals and `Response` it builds per call
 * (more CPU than a cached read's own work). Batches, streams, other parameters or content types,
 * and every other method go on to tRPC's handler; `direct-query.test.ts` holds both to the same
 * answers.
 */
export function directQueries(router: AnyTRPCRouter, createContext: RequestContext): MiddlewareHandler<AppEnv> {
  const config = router._def._config;
  const queries = new Map<string, AnyTRPCProcedure>();
  for (const [path, procedure] of Object.entries(router._def.procedures as Record<string, AnyTRPCProcedure>)) {
    if (procedure._def.type === 'query') queries.set(path, procedure);
  }
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const requestPath = c.req.path;
    const path = requestPath.startsWith(PREFIX) ? requestPath.slice(PREFIX.length) : '';
    const procedure = queries.get(path);
    if (!procedure) return next();
    const rawInput = inputParameter(c.req.url);
    if (rawInput === undefined || needsFullHandler(c.req.raw.headers)) return next();
    const resHeaders = new Headers();
    let ctx: unknown;
    let input: unknown;
    let parsed = false;
    let body: object | undefined;
    let text: string | undefined;
    try {
      ctx = await createContext(c, resHeaders);
      const data: unknown = await procedure({
        path,
        ctx,
        type: 'query',
        signal: undefined,
        batchIndex: 0,
        getRawInput: async () => {
          // As tRPC's handler: parsed once, an empty `input` is no input, unparsable JSON is BAD_REQUEST.
          if (!parsed) {
            parsed = true;
            try {
              input = rawInput ? config.transformer.input.deserialize(JSON.parse(rawInput)) : undefined;
            } catch (cause) {
              throw cause instanceof TRPCError ? cause : new TRPCError({ code: 'BAD_REQUEST', message: cause instanceof Error ? cause.message : 'Invalid input', cause });
            }
          }
          return input;
        },
      });
      const serialized: unknown = config.transformer.output.serialize(data);
      // A kept read's JSON is written once, for every request it answers.
      if (serialized === data && isValidated(data)) text = `{"result":{"data":${jsonOf(data)}}}`;
      else body = { result: { data: serialized } };
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      body = { error: config.transformer.output.serialize(getErrorShape({ config, error, type: 'query', path, input, ctx })) };
    }
    const headers: Record<string, string | string[]> = { vary: 'trpc-accept, accept', 'content-type': 'application/json' };
    for (const [name, value] of resHeaders) {
      if (name !== 'set-cookie') headers[name] = value;
    }
    const cookies = resHeaders.getSetCookie();
    if (cookies.length > 0) headers['set-cookie'] = cookies;
    const status = body ? getHTTPStatusCode(body as Parameters<typeof getHTTPStatusCode>[0]) : 200;
    return c.body(text ?? JSON.stringify(body), status as 200, headers);
  };
}
