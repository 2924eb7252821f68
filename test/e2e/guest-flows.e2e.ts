import { NO_FACE_MESSAGE } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { diagnoseError, waitForModels } from './support/app-actions';
import { newDesktopContext, newPhoneContext, screenshot } from './support/browser';
import { useAppSession } from './support/app-session';
import { noFacePhoto } from './support/test-photos';

const session = useAppSession();

describe('guest flows', () => {
  it('shows the original "no face" message for a photo without a face', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    await page.goto('/');
    await waitForModels(page);
    expect(await diagnoseError(page, await noFacePhoto())).toEqual({ code: 'NO_FACE', text: NO_FACE_MESSAGE.en });
    await screenshot(page, 'no-face');
    await context.close();
  });

  it('fetches no model bytes on a second visit', async () => {
    const context = await newDesktopContext(session.browser, session.app.url);
    const page = await context.newPage();
    await page.goto('/');
    await waitForModels(page);
    const firstVisit = session.app.requests.filter((p) => p.endsWith('.onnx')).length;
    expect(firstVisit).toBeGreaterThan(0);
    const second = await context.newPage();
    await page.close();
    await second.goto('/');
    await waitForModels(second);
    expect(session.app.requests.filter((p) => p.endsWith('.onnx')).length).toBe(firstVisit);
    await screenshot(second, 'diagnose-desktop');
    await context.close();
  });

  it('switches the language between Korean and English', async () => {
    const context = await newPhoneContext(session.browser, session.app.url, 'ko-KR');
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
