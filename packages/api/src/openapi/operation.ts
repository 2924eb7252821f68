import { errorEnvelope, resultEnvelope } from './envelopes';
import { MULTIPART_FIELDS, SUBSCRIPTION_EVENTS, toJsonSchema, type JsonSchema } from './json-schema';
import type { ProcedureInfo } from './procedure-catalogue';

const SESSION = [{ bearerAuth: [] }, { sessionCookie: [] }];
const ERROR_REF = { $ref: '#/components/responses/Error' };
const RATE_LIMITED_REF = { $ref: '#/components/responses/RateLimited' };

const SSE_DESCRIPTION = [
  'Server-sent events. Each message without an `event:` line carries one event of the schema below as JSON in its `data:` line.',
  'tRPC also sends `event: connected` first, `event: ping` while idle, `event: return` at the end,',
  'and `event: serialized-error` with the error envelope’s `error` object if the stream fails after it started.',
].join(' ');

function security(procedure: ProcedureInfo): unknown[] {
  if (procedure.access === 'session') return SESSION;
  // An empty requirement makes the session optional.
  return procedure.access === 'optional-session' ? [{}, ...SESSION] : [];
}

function describe(procedure: ProcedureInfo): string {
  const how = {
    query: 'Query: `GET` with the input as URL-encoded JSON in `?input=`.',
    mutation: MULTIPART_FIELDS[procedure.path] ? 'Mutation: `POST` a multipart/form-data body.' : 'Mutation: `POST` the input as a JSON body.',
    subscription: 'Subscription: `GET` with `?input=`, answered as server-sent events.',
  }[procedure.kind];
  const who = { session: 'Needs a session (Bearer token or session cookie).', 'optional-session': 'Works without a session; stores the result in the account with one.', public: 'No session needed.' }[procedure.access];
  return [how, who, procedure.authLimited ? 'Also counted against the per-IP auth allowance.' : ''].filter(Boolean).join(' ');
}

function inputParameter(procedure: ProcedureInfo): unknown[] {
  if (!procedure.input) return [];
  const required = !procedure.input.safeParse(undefined).success;
  return [{ name: 'input', in: 'query', required, description: 'The procedure input as JSON.', content: { 'application/json': { schema: toJsonSchema(procedure.input, 'input') } } }];
}

function requestBody(procedure: ProcedureInfo): JsonSchema {
  const fields = MULTIPART_FIELDS[procedure.path];
  if (fields) return { required: true, content: { 'multipart/form-data': { schema: toJsonSchema(fields, 'input') } } };
  // tRPC refuses a POST without a JSON content type even when there is nothing to send.
  if (!procedure.input) return { required: false, description: 'No input: an empty body, sent as application/json.', content: { 'application/json': { schema: {} } } };
  return { required: true, content: { 'application/json': { schema: toJsonSchema(procedure.input, 'input') } } };
}

function success(procedure: ProcedureInfo): JsonSchema {
  const events = SUBSCRIPTION_EVENTS[procedure.path];
  if (procedure.kind === 'subscription') {
    if (!events) throw new Error(`${procedure.path}: no event schema in SUBSCRIPTION_EVENTS`);
    return { description: SSE_DESCRIPTION, content: { 'text/event-stream': { schema: toJsonSchema(events, 'output') } } };
  }
  if (!procedure.output) throw new Error(`${procedure.path}: every query and mutation declares .output()`);
  return { description: 'The output in tRPC’s `result.data` envelope.', content: { 'application/json': { schema: resultEnvelope(toJsonSchema(procedure.output, 'output')) } } };
}

/** The OpenAPI operation of one procedure, as the plain HTTP call it is. */
export function toOperation(procedure: ProcedureInfo): { method: 'get' | 'post'; operation: JsonSchema } {
  const operation: JsonSchema = {
    operationId: procedure.path,
    tags: [procedure.path.split('.')[0]],
    summary: `${procedure.path} (${procedure.kind})`,
    description: describe(procedure),
    security: security(procedure),
    ...(procedure.kind === 'mutation' ? { requestBody: requestBody(procedure) } : { parameters: inputParameter(procedure) }),
    responses: { '200': success(procedure), '429': RATE_LIMITED_REF, '4XX': ERROR_REF, '5XX': ERROR_REF },
    'x-trpc-kind': procedure.kind,
  };
  return { method: procedure.kind === 'mutation' ? 'post' : 'get', operation };
}

/** Shared response objects the operations refer to. */
export const RESPONSES = {
  Error: { description: 'A tRPC error; `error.data.code` and `httpStatus` say which.', content: { 'application/json': { schema: errorEnvelope } } },
  RateLimited: {
    description: 'TOO_MANY_REQUESTS: over a rate limit. Wait the seconds in `Retry-After`.',
    headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 1 } } },
    content: { 'application/json': { schema: errorEnvelope } },
  },
};
