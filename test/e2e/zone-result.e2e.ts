import { ZONE_IDS, ZONE_LABELS } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { diagnose, waitForModels } from './support/app-actions';
import { newDesktopContext, newPhoneContext, screenshot, watchErrors } from './support/browser';
import { useAppSession } from './support/app-session';
import { ASTRONAUT_PNG } from './support/paths';

interface CanvasLike {
  width: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

const session = useAppSession();
const LOCALES = { ko: 'ko-KR', en: 'en-US' } as const;

describe('result by face zone', () => {
  // Korean on a phone, English on a desktop: both layouts of the result screen.
  it.each(['ko', 'en'] as const)('shows the zone map and the zone x condition table in %s', async (language) => {
    const open = language === 'ko' ? newPhoneContext : newDesktopContext;
    const context = await open(session.browser, session.app.url, LOCALES[language]);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await waitForModels(page);
    await diagnose(page, ASTRONAUT_PNG);
    const zones = page.getByTestId('zones');
    await zones.waitFor();
    // The crop is painted under the zones: the map's centre is opaque.
    await expect.poll(() => page.getByTestId('zone-map').evaluate((c) => (c as unknown as CanvasLike).getContext('2d')?.getImageData(160, 160, 1, 1).data[3])).toBe(255);
    const table = page.getByTestId('zone-table');
    for (const zone of ZONE_IDS) expect(await table.getByTestId(`zone-label-${zone}`).textContent()).toBe(ZONE_LABELS[zone][language]);
    // The astronaut's forehead holds findings (the CLI counts some of each condition there).
    expect(await table.locator('tr[data-zone="forehead"]').getAttribute('data-condition')).not.toBe('none');
    expect(Number(await table.getByTestId('zone-forehead-wrinkle').getAttribute('data-count'))).toBeGreaterThan(0);
    await page.getByTestId('baseline-notice').waitFor();
    await screenshot(page, `result-zones-${language}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
