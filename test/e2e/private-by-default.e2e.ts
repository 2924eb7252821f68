import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pickPhoto, readScores } from './support/app-actions';
import { launchChromium, newPhoneContext, screenshot, watchErrors } from './support/browser';
import { useAppSession } from './support/app-session';
import { fakeCameraVideo } from './support/gate-photos';
import { ASTRONAUT_PNG } from './support/paths';

const session = useAppSession();

/** Holds every model file the context asks for until `release()`: a very slow first visit. */
async function holdModels(context: BrowserContext): Promise<{ release: () => void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route('**/*.onnx', async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

const analyzeCalls = (from: number): string[] => session.app.requests.slice(from).filter((p) => p === '/trpc/diagnosis.analyze');

/** The photo waits on the device while the models are held; released, it is analysed on WASM. */
async function expectQueuedThenOnDevice(page: Page, release: () => void, from: number): Promise<void> {
  const queued = page.getByTestId('photo-queued');
  await queued.waitFor({ timeout: 30_000 });
  expect(await queued.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
  await screenshot(page, 'photo-queued');
  // Held long enough for a hasty fallback to have uploaded it.
  await page.waitForTimeout(1_500);
  expect(analyzeCalls(from)).toEqual([]);
  release();
  await page.getByTestId('result').waitFor({ timeout: 120_000 });
  expect((await readScores(page)).total).toBeGreaterThanOrEqual(0);
  expect(await page.getByTestId('result-backend').getAttribute('data-ep')).toBe('wasm');
  expect(analyzeCalls(from)).toEqual([]);
}

describe('a photo picked before the models are ready', () => {
  it('waits on the device, queued with the download progress, and is analysed there when they arrive', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const { release } = await holdModels(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const from = session.app.requests.length;
    await page.goto('/');
    await pickPhoto(page, ASTRONAUT_PNG);
    await expectQueuedThenOnDevice(page, release, from);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('waits the same way for a photo taken with the camera', async () => {
    const video = await fakeCameraVideo(ASTRONAUT_PNG);
    const browser = await launchChromium({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`] });
    const context = await newPhoneContext(browser, session.app.url);
    await context.grantPermissions(['camera']);
    const { release } = await holdModels(context);
    const page = await context.newPage();
    const from = session.app.requests.length;
    await page.goto('/');
    await page.getByRole('tab', { name: 'Camera' }).click();
    await page.getByRole('button', { name: 'Start camera' }).click();
    const shutter = page.getByRole('button', { name: 'Take photo' });
    await shutter.and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
    await shutter.click();
    await expectQueuedThenOnDevice(page, release, from);
    await browser.close();
  });

  it('is dropped, and nothing is sent, when the person cancels while it waits', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const { release } = await holdModels(context);
    const page = await context.newPage();
    const from = session.app.requests.length;
    await page.goto('/');
    await pickPhoto(page, ASTRONAUT_PNG);
    await page.getByTestId('queue-cancel').click();
    await page.getByTestId('photo-queued').waitFor({ state: 'detached' });
    release();
    await page.getByTestId('models-ready').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('result').count()).toBe(0);
    expect(analyzeCalls(from)).toEqual([]);
    await context.close();
  });
});
