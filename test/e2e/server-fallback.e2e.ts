import { NO_FACE_MESSAGE } from '@derma/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '@derma/api/inference';
import { diagnose, diagnoseError, pickPhoto, signUp, waitForModels } from './support/app-actions';
import { newPhoneContext, screenshot, watchErrors } from './support/browser';
import { useAppSession } from './support/app-session';
import { ADVICE_TOKENS } from './support/e2e-app';
import { ASTRONAUT_PNG } from './support/paths';
import { largeAstronaut, noFacePhoto } from './support/test-photos';

const session = useAppSession();

/** Turns a setting on through the settings screen, by its label. */
async function turnOn(page: Page, label: string): Promise<void> {
  await page.goto('/settings');
  await page.getByLabel(label, { exact: true }).check();
}

describe('server analysis from the web app', () => {
  it('uploads a JPEG of at most 1024 px when the user prefers the server, and downloads no model', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await turnOn(page, 'Prefer server analysis');
    // A camera-sized photo: the app must send it at 1024 px.
    const large = await largeAstronaut(2000, 1500);
    const modelsBefore = session.app.requests.filter((p) => p.endsWith('.onnx')).length;
    const uploadsBefore = session.app.uploads.length;
    await page.goto('/');
    expect(await page.getByTestId('server-mode').getAttribute('data-reason')).toBe('preferred');
    const scores = await diagnose(page, large);
    expect(scores.total).toBeGreaterThanOrEqual(0);
    expect(await page.getByTestId('result-backend').getAttribute('data-ep')).toBe('cpu');
    expect(await page.getByTestId('result-backend').textContent()).toBe('Server');
    expect(session.app.uploads).toHaveLength(uploadsBefore + 1);
    const { type, size } = readImageHeader(session.app.uploads.at(-1) ?? new Uint8Array());
    expect(type).toBe('jpeg');
    expect(size).toEqual([1024, 768]);
    expect(session.app.requests.filter((p) => p.endsWith('.onnx')).length).toBe(modelsBefore);
    await screenshot(page, 'server-result');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a signed-in user on the server path the same result page as on the device: stored, advice, history', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signUp(page, 'server_user');
    await turnOn(page, 'Prefer server analysis');
    await page.goto('/');
    await diagnose(page, ASTRONAUT_PNG);
    expect(await page.getByTestId('result-backend').textContent()).toBe('Server');
    expect(await page.getByTestId('sync-status').getAttribute('data-synced')).toBe('true');
    await page.getByTestId('baseline-notice').waitFor();
    await page.getByTestId('advice').and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('advice').textContent()).toBe(ADVICE_TOKENS.join(''));
    await page.goto('/history');
    await page.getByTestId('history-list').getByRole('link').first().waitFor();
    expect(await page.getByTestId('history-list').getByRole('link').count()).toBe(1);
    const [rows] = await session.app.db.pool.query("SELECT COUNT(*) AS n FROM diagnoses d JOIN users u ON u.id = d.user_id WHERE u.username = 'server_user' AND d.location = 'server'");
    expect((rows as { n: number }[])[0]?.n).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before any upload when the runtime cannot start: cancel sends nothing, "analyse on the server" sends one request', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    // The runtime's own WASM file is unavailable (as on a network that blocks it): no backend can start.
    await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
    const page = await context.newPage();
    const uploadsBefore = session.app.uploads.length;
    await page.goto('/');
    await pickPhoto(page, ASTRONAUT_PNG);
    const consent = page.getByTestId('server-consent');
    await consent.waitFor({ timeout: 120_000 });
    expect(await consent.getByText('The models could not be started or run on this device.').isVisible()).toBe(true);
    expect(await consent.getByText(/downscaled to 1024 px/).isVisible()).toBe(true);
    await screenshot(page, 'server-consent');
    await consent.getByRole('button', { name: 'Cancel' }).click();
    await consent.waitFor({ state: 'detached' });
    expect(session.app.uploads).toHaveLength(uploadsBefore);
    expect(await page.getByTestId('server-mode').count()).toBe(0);
    await pickPhoto(page, ASTRONAUT_PNG);
    await consent.getByRole('button', { name: 'Analyse on the server' }).click();
    await page.getByTestId('result').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('result-backend').textContent()).toBe('Server');
    expect(await page.getByTestId('server-consented').textContent()).toBe('You chose to have this photo analysed on the server; a copy downscaled to 1024 px was sent.');
    expect(session.app.uploads).toHaveLength(uploadsBefore + 1);
    await context.close();
  });

  it('keeps "always use the server on this device" across a reload and shows it in settings', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
    const page = await context.newPage();
    await page.goto('/');
    await pickPhoto(page, ASTRONAUT_PNG);
    const consent = page.getByTestId('server-consent');
    await consent.waitFor({ timeout: 120_000 });
    await consent.getByLabel('Always use the server on this device (you can change this in Settings)').check();
    await consent.getByRole('button', { name: 'Analyse on the server' }).click();
    await page.getByTestId('result').waitFor({ timeout: 120_000 });
    await page.reload();
    await page.goto('/settings');
    expect(await page.getByLabel('Prefer server analysis', { exact: true }).isChecked()).toBe(true);
    await page.goto('/');
    expect(await page.getByTestId('server-mode').getAttribute('data-reason')).toBe('preferred');
    const uploadsBefore = session.app.uploads.length;
    await diagnose(page, ASTRONAUT_PNG);
    expect(session.app.uploads).toHaveLength(uploadsBefore + 1);
    await context.close();
  });

  it("shows the server's \"no face\" answer in the user's language", async () => {
    const context = await newPhoneContext(session.browser, session.app.url, 'ko-KR');
    const page = await context.newPage();
    await turnOn(page, '서버 분석 우선');
    await page.goto('/');
    expect(await diagnoseError(page, await noFacePhoto(800, 600))).toEqual({ code: 'NO_FACE', text: NO_FACE_MESSAGE.ko });
    await context.close();
  });

  it('keeps the photo of an on-device diagnosis with "keep photos" on, and shows it to the advice model when asked', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    await signUp(page, 'keeper');
    await turnOn(page, 'Keep photos in my account');
    await page.getByLabel('Let the advice look at my kept photo', { exact: true }).check();
    await page.goto('/');
    const { ep } = await waitForModels(page);
    expect(ep).toBe('wasm');
    await diagnose(page, ASTRONAUT_PNG);
    await page.locator('[data-testid="sync-status"][data-synced="true"]').waitFor({ timeout: 30_000 });
    const [rows] = await session.app.db.pool.query("SELECT d.id, d.photo_path FROM diagnoses d JOIN users u ON u.id = d.user_id WHERE u.username = 'keeper'");
    const stored = rows as { id: string; photo_path: string | null }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.photo_path).not.toBeNull();
    const photo = await page.request.get(`/photos/${stored[0]?.id ?? ''}`);
    expect(photo.status()).toBe(200);
    expect(photo.headers()['content-type']).toBe('image/jpeg');
    await page.getByTestId('advice').and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
    const chat = session.app.ollama.chats.at(-1);
    expect(chat?.model).toBe('llava');
    expect(chat?.messages.flatMap((m) => m.images ?? [])).toHaveLength(1);
    await page.getByText('This advice also looked at the photo kept in your account.').waitFor({ timeout: 5_000 });
    await context.close();
  });
});
