import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { TEST_CONFIG } from '../testing/test-deps';
import { appRouter } from '../trpc/root';
import { buildOpenApiDocument } from './openapi-document';

const document = buildOpenApiDocument(appRouter, TEST_CONFIG);
const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
const byId = (id: string) => operations.find((op) => op.operationId === id);

describe('buildOpenApiDocument', () => {
  it('builds a document the OpenAPI 3.1 schema validator accepts', async () => {
    expect(await new Validator().validate(JSON.parse(JSON.stringify(document)) as Parameters<Validator['validate']>[0])).toEqual({ valid: true });
  });

  it('describes every procedure of the router, once each', () => {
    expect(operations.map((op) => op.operationId).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  it('requires a Bearer token or the session cookie exactly where protectedProcedure is used', () => {
    expect(byId('auth.me')?.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(byId('auth.signup')?.security).toEqual([]);
    expect(byId('diagnosis.analyze')?.security).toEqual([{}, { bearerAuth: [] }, { sessionCookie: [] }]);
  });

  it('sends queries as GET ?input=, mutations as POST, and uploads as multipart/form-data', () => {
    expect(Object.keys(document.paths['/trpc/diagnosis.history'] ?? {})).toEqual(['get']);
    expect(Object.keys(document.paths['/trpc/diagnosis.submit'] ?? {})).toEqual(['post']);
    expect(JSON.stringify(byId('diagnosis.attachPhoto')?.requestBody)).toContain('multipart/form-data');
    expect(JSON.stringify(byId('advice.stream')?.responses)).toContain('text/event-stream');
  });
});
