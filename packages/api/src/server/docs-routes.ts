import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { buildOpenApiDocument, type RateLimitConfig } from '../openapi/openapi-document';
import { renderDocsPage } from '../openapi/docs-page';
import { appRouter } from '../trpc/root';
import type { AppEnv } from './app-env';

const STYLESHEET = readFileSync(new URL('../openapi/docs.css', import.meta.url), 'utf8');

/** `/openapi.json` and its reference page `/docs`, both built once when the app is created. */
export function mountDocs(app: Hono<AppEnv>, limits: RateLimitConfig): void {
  const document = buildOpenApiDocument(appRouter, limits);
  const json = JSON.stringify(document);
  const page = renderDocsPage(document);
  app.get('/openapi.json', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
  app.get('/docs', (c) => c.html(page));
  app.get('/docs/docs.css', (c) => c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
