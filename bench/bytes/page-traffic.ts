import type { BrowserContext, Request } from 'playwright-core';

/** Bytes a visit moved over the network, by kind of resource (headers included). */
export type Traffic = Record<string, number>;

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('/manifest.json')) return 'models/manifest.json';
  if (path.startsWith('/models/')) return 'models';
  if (path.startsWith('/trpc/')) return 'api';
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? 'html';
  if (ext === 'mjs' || ext === 'js') return 'js';
  return ext;
}

/**
 * Opens `url` in a new page of `context`, waits until the network is idle (the service worker
 * and model prefetch included) and returns the bytes transferred per kind. Responses served
 * from the HTTP cache or a service worker move nothing and count 0.
 */
export async function visit(context: BrowserContext, url: string, settleMs: number): Promise<Traffic> {
  const traffic: Traffic = {};
  const pending: Promise<void>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker() || response.status() === 304) return;
        const sizes = await request.sizes();
        const kind = kindOf(request.url());
        traffic[kind] = (traffic[kind] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
      })().catch(() => undefined),
    );
  };
  context.on('requestfinished', onFinished);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(settleMs);
  await Promise.all(pending);
  context.off('requestfinished', onFinished);
  await page.close();
  return traffic;
}
