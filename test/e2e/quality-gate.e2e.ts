import type { QualityReason } from '@derma/shared';
import { QUALITY_MESSAGES } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { diagnoseError, waitForModels } from './support/app-actions';
import { newPhoneContext, screenshot } from './support/browser';
import { useAppSession } from './support/app-session';
import { smallFacePhoto, tinyPhoto } from './support/gate-photos';
import { CHELSEA_PNG } from './support/paths';

const session = useAppSession();

/** Photos the quality gate refuses, each for its own reason. */
const REFUSED: [QualityReason, () => Promise<string>][] = [
  ['NO_FACE', async () => CHELSEA_PNG],
  ['FACE_TOO_SMALL', () => smallFacePhoto()],
  ['IMAGE_TOO_SMALL', () => tinyPhoto()],
];

const LOCALES = { ko: 'ko-KR', en: 'en-US' } as const;

describe('quality gate on the device', () => {
  it.each(['ko', 'en'] as const)('tells what to do about each refused photo in %s', async (language) => {
    const context = await newPhoneContext(session.browser, session.app.url, LOCALES[language]);
    const page = await context.newPage();
    await page.goto('/');
    await waitForModels(page);
    for (const [reason, photo] of REFUSED) {
      expect(await diagnoseError(page, await photo())).toEqual({ code: reason, text: QUALITY_MESSAGES[reason][language] });
      await screenshot(page, `gate-${reason.toLowerCase().replaceAll('_', '-')}-${language}`);
    }
    await context.close();
  });

  it('uploads nothing for a photo the gate refused: the server would refuse it the same way', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    await page.goto('/');
    await waitForModels(page);
    const before = session.app.uploads.length;
    for (const [reason, photo] of REFUSED) expect((await diagnoseError(page, await photo())).code).toBe(reason);
    expect(session.app.uploads.length).toBe(before);
    await context.close();
  });
});
