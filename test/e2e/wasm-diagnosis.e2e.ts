import { describe, expect, it } from 'vitest';
import { diagnose, signUp, waitForModels } from './support/app-actions';
import { newPhoneContext, screenshot, watchErrors } from './support/browser';
import { ADVICE_TOKENS } from './support/e2e-app';
import { useAppSession } from './support/app-session';
import { ASTRONAUT_PNG } from './support/paths';

interface CanvasLike {
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

const session = useAppSession();

describe('signed-in diagnosis on WASM', () => {
  it('signs up, diagnoses on WASM with 2 threads, streams advice, and keeps the result in history', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signUp(page, 'wasm_user');
    await screenshot(page, 'account-signed-in');
    await page.goto('/');
    expect(await page.evaluate('crossOriginIsolated')).toBe(true);
    expect(await waitForModels(page)).toEqual({ ep: 'wasm', threads: 2 });
    await screenshot(page, 'diagnose');

    const scores = await diagnose(page, ASTRONAUT_PNG);
    expect(Object.values(scores).every((s) => s >= 0 && s <= 100)).toBe(true);
    expect(await page.getByTestId('result-backend').getAttribute('data-ep')).toBe('wasm');
    // The photo is painted under the masks: the canvas centre is opaque.
    await expect.poll(() => page.getByTestId('overlay').evaluate((c) => (c as unknown as CanvasLike).getContext('2d')?.getImageData(256, 256, 1, 1).data[3])).toBe(255);
    await page.getByTestId('baseline-notice').waitFor();
    await page.getByTestId('advice').and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('advice').textContent()).toBe(ADVICE_TOKENS.join(''));
    expect(await page.getByTestId('sync-status').getAttribute('data-synced')).toBe('true');
    await screenshot(page, 'result');

    await page.reload();
    await page.goto('/history');
    await page.getByTestId('history-list').getByRole('link').first().waitFor();
    expect(await page.getByTestId('history-list').getByRole('link').count()).toBe(1);
    await page.getByTestId('trend-chart').locator('.recharts-line-dot').first().waitFor();
    await screenshot(page, 'history');
    expect(errors).toEqual([]);
    await context.close();
  });
});
