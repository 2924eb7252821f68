import { describe, expect, it } from 'vitest';
import { newDesktopContext, screenshot, watchErrors } from './support/browser';
import { useAppSession } from './support/app-session';

const session = useAppSession();

describe('API reference', () => {
  it('renders /docs from our own origin with its stylesheet and no CSP violation, listing the procedures', async () => {
    const context = await newDesktopContext(session.browser, session.app.url);
    const page = await context.newPage();
    const problems = watchErrors(page);
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    const response = await page.goto('/docs');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Procedures' }).waitFor();
    for (const procedure of ['/trpc/diagnosis.analyze', '/trpc/diagnosis.list', '/trpc/auth.signup', '/trpc/advice.stream']) {
      await expect(page.locator('h3 code', { hasText: procedure }).first().isVisible()).resolves.toBe(true);
    }
    // The same-origin stylesheet applied: the page is not in the browser's default serif.
    const font = await page.locator('body').evaluate((body) => body.ownerDocument.defaultView?.getComputedStyle(body).fontFamily ?? '');
    expect(font).not.toMatch(/^"?Times/);
    expect(problems, problems.join("\n")).toEqual([]);
    await screenshot(page, 'api-docs');
    await context.close();
  });
});
