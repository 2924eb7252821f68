import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForModels } from './support/app-actions';
import { launchChromium, newPhoneContext, screenshot } from './support/browser';
import { useAppSession } from './support/app-session';
import { fakeCameraVideo, smallFacePhoto } from './support/gate-photos';
import { ASTRONAUT_PNG } from './support/paths';

const session = useAppSession();

/** Opens the camera tab of a Chromium whose fake camera loops `photo`, and starts the preview. */
async function cameraOn(photo: string, locale: string): Promise<{ hint: Locator; close: () => Promise<void> }> {
  const video = await fakeCameraVideo(photo);
  const browser = await launchChromium({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`] });
  const context = await newPhoneContext(browser, session.app.url, locale);
  await context.grantPermissions(['camera']);
  const page = await context.newPage();
  await page.goto('/');
  await waitForModels(page);
  await page.getByRole('tab', { name: locale.startsWith('ko') ? '카메라' : 'Camera' }).click();
  await page.getByRole('button', { name: locale.startsWith('ko') ? '카메라 시작' : 'Start camera' }).click();
  return { hint: page.getByTestId('live-check'), close: () => browser.close() };
}

describe('live check of the camera preview', () => {
  it('says "Move closer" while the face is too small, and uploads nothing', async () => {
    const requests = session.app.requests.length;
    const { hint, close } = await cameraOn(await smallFacePhoto(200, 640, 640), 'en-US');
    await hint.and(hint.page().locator('[data-reason="FACE_TOO_SMALL"]')).waitFor({ timeout: 30_000 });
    expect(await hint.textContent()).toBe('Move closer');
    await screenshot(hint.page(), 'camera-move-closer-en');
    expect(session.app.requests.slice(requests).filter((p) => p.startsWith('/trpc/diagnosis'))).toEqual([]);
    await close();
  });

  it('says the framing is good when the gate lets the frame through, in Korean', async () => {
    const { hint, close } = await cameraOn(ASTRONAUT_PNG, 'ko-KR');
    await hint.and(hint.page().locator('[data-status="ready"]')).waitFor({ timeout: 30_000 });
    expect(await hint.textContent()).toBe('좋습니다. 움직이지 말고 촬영하세요');
    await screenshot(hint.page(), 'camera-ready-ko');
    await close();
  });
});
