import { NO_FACE_MESSAGE } from '@derma/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickPhoto, waitForModels } from './support/app-actions';
import { launchChromium, newDesktopContext, newPhoneContext, screenshot } from './support/browser';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

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

describe('guest flows', () => {
  it('shows the original "no face" message for a photo without a face', async () => {
    const context = await newPhoneContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/');
    await waitForModels(page);
    // A plain sky-blue picture: nothing a face detector can take for a face.
    const file = join(await mkdtemp(join(tmpdir(), 'derma-e2e-')), 'no-face.png');
    await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 120, g: 170, b: 230 } } }).png().toFile(file);
    await pickPhoto(page, file);
    const error = page.getByTestId('diagnose-error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.getAttribute('data-code')).toBe('NO_FACE');
    expect(await error.textContent()).toBe(NO_FACE_MESSAGE.en);
    await screenshot(page, 'no-face');
    await context.close();
  });

  it('fetches no model bytes on a second visit', async () => {
    const context = await newDesktopContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/');
    await waitForModels(page);
    const firstVisit = app.requests.filter((p) => p.endsWith('.onnx')).length;
    expect(firstVisit).toBeGreaterThan(0);
    const second = await context.newPage();
    await page.close();
    await second.goto('/');
    await waitForModels(second);
    expect(app.requests.filter((p) => p.endsWith('.onnx')).length).toBe(firstVisit);
    await screenshot(second, 'diagnose-desktop');
    await context.close();
  });

  it('switches the language between Korean and English', async () => {
    const context = await newPhoneContext(browser, app.url, 'ko-KR');
    const page = await context.newPage();
    await page.goto('/settings');
    await page.getByRole('heading', { name: '설정' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('ko');
    await screenshot(page, 'settings-ko');
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByTestId('language').selectOption('ko');
    await page.getByRole('link', { name: '진단' }).waitFor();
    await context.close();
  });
});
