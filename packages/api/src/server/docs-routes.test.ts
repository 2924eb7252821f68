import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { TEST_CONFIG } from '../testing/test-deps';
import type { AppEnv } from './app-env';
import { mountDocs } from './docs-routes';

const app = new Hono<AppEnv>();
mountDocs(app, TEST_CONFIG);

describe('mountDocs', () => {
  it('serves /docs as HTML listing every procedure, styled only by the same-origin stylesheet', async () => {
    const page = await (await app.request('/docs')).text();
    expect(page).toContain('href="/docs/docs.css"');
    expect(page).toContain('id="diagnosis.analyze"');
    expect(page).not.toMatch(/<script|style=/);
    expect((await app.request('/docs/docs.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('serves /openapi.json as an OpenAPI 3.1 JSON document', async () => {
    const res = await app.request('/openapi.json');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await res.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
