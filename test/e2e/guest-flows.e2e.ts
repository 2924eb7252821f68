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

  it('loads the light face model on a device without WebGPU, says so in settings, keeps the standard file when chosen, and follows the smallest-download and best-quality preferences', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    const onnx = (): string[] => session.app.requests.filter((p) => p.endsWith('.onnx'));
    const before = onnx().length;
    await page.goto('/');
    await waitForModels(page);
    expect(onnx().slice(before).filter((p) => p.includes('yunet'))).toEqual(['/models/yunet/yunet_n_320.onnx']);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => page.getByTestId('variant-in-use-face').textContent()).toBe('In use on this device: yunet-n-320 (0.3 MB)');
    await page.locator('#variant-face').selectOption('standard');
    await expect.poll(() => page.getByTestId('variant-in-use-face').textContent(), { timeout: 60_000 }).toBe('In use on this device: Standard (0.4 MB)');
    expect(onnx().slice(before).filter((p) => p.includes('yunet'))).toEqual(['/models/yunet/yunet_n_320.onnx', '/models/yunet/yunet_n_640.onnx']);
    // The general preference moves every model without a choice of its own; the face keeps its standard file.
    await page.locator('#model-preference').selectOption('small');
    await expect.poll(() => page.getByTestId('variant-in-use-wrinkle').textContent(), { timeout: 60_000 }).toMatch(/^In use on this device: baseline-wrinkle-int8 \(\d+ KB\)$/);
    expect(await page.getByTestId('variant-in-use-face').textContent()).toBe('In use on this device: Standard (0.4 MB)');
    expect(onnx().slice(before)).toContain('/models/baseline/wrinkle.int8.onnx');
    await page.locator('#model-preference').selectOption('quality');
    await expect.poll(() => page.getByTestId('variant-in-use-wrinkle').textContent(), { timeout: 60_000 }).toMatch(/^In use on this device: Standard \(\d+ KB\)$/);
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
