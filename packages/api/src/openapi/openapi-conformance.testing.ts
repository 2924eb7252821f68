import { randomUUID } from 'node:crypto';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDocument } from './openapi-document';
import type { JsonSchema } from './json-schema';

// ajv-formats is CommonJS; its default export arrives wrapped under Node's ESM interop.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

const record = (value: unknown): JsonSchema => (value !== null && typeof value === 'object' ? (value as JsonSchema) : {});

/** Calls procedures as the document says to, and checks each answer against its schema there. */
export function conformanceClient(baseUrl: string, document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();

  const operation = (path: string): { method: string; op: JsonSchema } => {
    const [entry] = Object.entries(document.paths[`/trpc/${path}`] ?? {});
    if (!entry) throw new Error(`${path} is not in the document`);
    return { method: entry[0], op: entry[1] };
  };

  const responseSchema = (path: string, status: number, type: string): JsonSchema => {
    const responses = record(operation(path).op.responses);
    let response = record(responses[String(status)] ?? responses[`${String(status)[0]}XX`]);
    const ref = response.$ref;
    if (typeof ref === 'string') response = record(record(record(document.components).responses)[ref.split('/').at(-1) ?? '']);
    const schema = record(record(record(response.content)[type]).schema);
    if (!Object.keys(schema).length) throw new Error(`${path}: no ${type} schema for ${status}`);
    return schema;
  };

  /** The ajv errors of `body` against the document's schema, or an empty list when it matches. */
  const check = (path: string, answer: Pick<Answer, 'status' | 'body'>, type = 'application/json'): string[] => {
    const key = `${path} ${answer.status} ${type}`;
    let validate = compiled.get(key);
    if (!validate) compiled.set(key, (validate = ajv.compile(responseSchema(path, answer.status, type))));
    return validate(answer.body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  };

  /** One call; `input` goes in `?input=` for GET and as the JSON body for POST unless it is FormData. */
  const call = async (path: string, input?: unknown, token?: string): Promise<Answer> => {
    const { method } = operation(path);
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    const query = method === 'get' && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : '';
    let body: FormData | string | undefined;
    if (method === 'post' && input instanceof FormData) body = input;
    else if (method === 'post') {
      headers['Content-Type'] = 'application/json';
      if (input !== undefined) body = JSON.stringify(input);
    }
    const res = await fetch(`${baseUrl}/trpc/${path}${query}`, { method: method.toUpperCase(), headers, body });
    return { status: res.status, headers: res.headers, body: await res.json() };
  };

  /** Signs up a fresh user and returns their Bearer token. */
  const signUp = async (password = 'passw0rd-ok'): Promise<{ token: string; email: string; password: string }> => {
    const tag = randomUUID().slice(0, 8);
    const email = `oa_${tag}@example.com`;
    const answer = await call('auth.signup', { email, username: `oa_${tag}`, password });
    const token = record(record(record(answer.body).result).data).token;
    if (typeof token !== 'string') throw new Error(`sign-up failed: ${JSON.stringify(answer.body)}`);
    return { token, email, password };
  };

  /** The documented procedures of one router, sorted. */
  const procedures = (tag: string): string[] =>
    Object.keys(document.paths)
      .map((path) => path.replace('/trpc/', ''))
      .filter((path) => path.startsWith(`${tag}.`))
      .sort();

  return { call, check, signUp, operation, procedures };
}

/** The `result.data` of an answer, for the next call's input. */
export function dataOf(answer: Answer): JsonSchema {
  return record(record(record(answer.body).result).data);
}
