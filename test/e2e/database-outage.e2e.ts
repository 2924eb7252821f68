import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { diagnose, signUp } from './support/app-actions';
import { newPhoneContext, screenshot } from './support/browser';
import { useAppSession } from './support/app-session';
import { ASTRONAUT_PNG } from './support/paths';

const session = useAppSession({ databaseProxy: true });

async function storedFor(username: string): Promise<number> {
  const [rows] = await session.app.db.pool.query('SELECT COUNT(*) AS n FROM diagnoses d JOIN users u ON u.id = d.user_id WHERE u.username = ?', [username]);
  return Number((rows as { n: number }[])[0]?.n);
}

async function syncedFlag(page: Page): Promise<string | null> {
  return page.getByTestId('sync-status').getAttribute('data-synced');
}

describe('server analysis while the database is down', () => {
  it('shows the result at once and stores it in the account exactly once when the database is back', async () => {
    const link = session.app.databaseLink;
    if (!link) throw new Error('this suite needs the database link');
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    await signUp(page, 'outage_user');
    await page.goto('/settings');
    await page.getByLabel('Prefer server analysis', { exact: true }).check();
    await page.goto('/');

    await link.shut();
    const scores = await diagnose(page, ASTRONAUT_PNG);
    expect(scores.total).toBeGreaterThanOrEqual(0);
    expect(await page.getByTestId('result-backend').textContent()).toBe('Server');
    expect(await syncedFlag(page)).toBe('false');
    await screenshot(page, 'result-database-down');

    await link.open();
    // The device going offline and back is one of the app's triggers to send what is queued.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.locator('[data-testid="sync-status"][data-synced="true"]').waitFor({ timeout: 30_000 });
    expect(await storedFor('outage_user')).toBe(1);
    await context.close();
  });
});
