import type { AnyTRPCRouter } from '@trpc/server';
import { SESSION_COOKIE } from '../auth/session-cookie';
import type { ApiConfig } from '../trpc/api-config';
import { errorEnvelope } from './envelopes';
import type { JsonSchema } from './json-schema';
import { RESPONSES, toOperation } from './operation';
import { listProcedures } from './procedure-catalogue';

export type RateLimitConfig = Pick<ApiConfig, 'apiRateLimit' | 'authRateLimit' | 'analyzeRateLimit'>;

/** An OpenAPI 3.1 document as plain JSON data. */
export type OpenApiDocument = JsonSchema & { paths: Record<string, Record<string, JsonSchema>> };

function overview(limits: RateLimitConfig): string {
  const authMinutes = Math.round(limits.authRateLimit.windowMs / 60_000);
  return [
    'The derma-edge API: tRPC v11 procedures, each a plain HTTP call at `/trpc/<procedure>`.',
    'Queries are `GET` with the input as URL-encoded JSON in `?input=`; mutations are `POST` with a JSON body',
    '(multipart/form-data for photo uploads); subscriptions are server-sent events.',
    'Success answers wrap the output as `{"result":{"data":…}}`; errors as `{"error":{"message","code","data":{"code","httpStatus","reason"}}}`.',
    '',
    'Authentication: browsers use the HttpOnly session cookie set by `auth.signup` and `auth.login` (mutations must then come from an allowed Origin);',
    'other clients send the `token` those procedures return as `Authorization: Bearer <token>`.',
    '',
    `Rate limits: ${limits.apiRateLimit} calls per minute per IP; the auth procedures also ${limits.authRateLimit.perIp} per IP and`,
    `${limits.authRateLimit.perAccount} per account in ${authMinutes} minutes; server analysis ${limits.analyzeRateLimit.guestPerMinute} per minute for guests`,
    `and ${limits.analyzeRateLimit.userPerMinute} for signed-in users. Over a limit the answer is 429 TOO_MANY_REQUESTS with \`Retry-After\` in seconds.`,
  ].join('\n');
}

/**
 * The OpenAPI 3.1 document of `router`, built from the procedures' own zod schemas; the
 * server builds it once at start-up with its configured rate limits.
 */
export function buildOpenApiDocument(router: AnyTRPCRouter, limits: RateLimitConfig): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  const procedures = listProcedures(router);
  for (const procedure of procedures) {
    const { method, operation } = toOperation(procedure);
    paths[`/trpc/${procedure.path}`] = { [method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'derma-edge API', version: '1', description: overview(limits) },
    servers: [{ url: '/' }],
    tags: [...new Set(procedures.map((p) => p.path.split('.')[0]))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { ErrorEnvelope: errorEnvelope },
      responses: RESPONSES,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The session token from auth.signup or auth.login.' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The HttpOnly session cookie browsers get.' },
      },
    },
  };
}
