import { describe, expect, it } from 'vitest';
import { diagnose, signUp, waitForModels } from './support/app-actions';
import { newPhoneContext, screenshot } from './support/browser';
import { useAppSession } from './support/app-session';
import { ASTRONAUT_PNG } from './support/paths';

const session = useAppSession();

async function serverCount(): Promise<number> {
  const [rows] = await session.app.db.pool.query('SELECT COUNT(*) AS n FROM diagnoses');
  return Number((rows as { n: number }[])[0]?.n);
}

describe('offline queue', () => {
  it('stores a diagnosis made offline exactly once when the device is back online', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    await signUp(page, 'offline_user');
    await page.goto('/');
    await waitForModels(page);
    await context.setOffline(true);
    await diagnose(page, ASTRONAUT_PNG);
    expect(await page.getByTestId('sync-status').getAttribute('data-synced')).toBe('false');
    await screenshot(page, 'result-offline');
    expect(await serverCount()).toBe(0);
    await context.setOffline(false);
    await page.getByTestId('sync-status').and(page.locator('[data-synced="true"]')).waitFor({ timeout: 30_000 });
    await page.reload();
    await page.getByTestId('result').waitFor();
    expect(await serverCount()).toBe(1);
    await context.close();
  });
});
