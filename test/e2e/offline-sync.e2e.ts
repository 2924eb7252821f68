import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose, signUp, waitForModels } from './support/app-actions';
import { launchChromium, newPhoneContext, screenshot } from './support/browser';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { ASTRONAUT_PNG } from './support/paths';

let app: E2eApp;
let browser: Browser;

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function serverCount(): Promise<number> {
  const [rows] = await app.db.pool.query('SELECT COUNT(*) AS n FROM diagnoses');
  return Number((rows as { n: number }[])[0]?.n);
}

describe('offline queue', () => {
  it('stores a diagnosis made offline exactly once when the device is back online', async () => {
    const context = await newPhoneContext(browser, app.url);
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
