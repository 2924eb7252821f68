import { ANALYZE_REASONS, AUTH_REASONS } from '@derma/shared';
import type { JsonSchema } from './json-schema';

/** The codes our procedures and tRPC itself answer with, and the HTTP status of each. */
export const ERROR_STATUSES = {
  PARSE_ERROR: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

/** Every value of `error.data.reason`: the account reasons and the analysis reasons. */
export const ERROR_REASONS: readonly string[] = [...new Set<string>([...AUTH_REASONS, ...ANALYZE_REASONS])];

/** tRPC's success envelope around a procedure's output. */
export function resultEnvelope(data: JsonSchema): JsonSchema {
  return {
    type: 'object',
    properties: { result: { type: 'object', properties: { data }, required: ['data'] } },
    required: ['result'],
  };
}

/** tRPC's error envelope as our error formatter shapes it (no stack, optional `reason`). */
export const errorEnvelope: JsonSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        message: { type: 'string', description: 'For people; for input errors, the JSON list of zod issues.' },
        code: { type: 'integer', description: 'The JSON-RPC 2.0 error number, e.g. -32001 for UNAUTHORIZED.' },
        data: {
          type: 'object',
          properties: {
            code: { type: 'string', enum: Object.keys(ERROR_STATUSES) },
            httpStatus: { type: 'integer', enum: [...new Set(Object.values(ERROR_STATUSES))] },
            path: { type: 'string', description: 'The procedure that failed.' },
            reason: { type: 'string', enum: ERROR_REASONS, description: 'Why, for clients to word it in the user’s language (account and analysis errors).' },
          },
          required: ['code', 'httpStatus'],
        },
      },
      required: ['message', 'code', 'data'],
    },
  },
  required: ['error'],
};
