import type { Page } from 'playwright-core';

/** Waits until the models are loaded and warmed up; returns the backend badge's data. */
export async function waitForModels(page: Page, timeout = 120_000): Promise<{ ep: string; threads: number }> {
  const badge = page.getByTestId('models-ready').getByTestId('backend');
  await badge.waitFor({ timeout });
  return { ep: (await badge.getAttribute('data-ep')) ?? '', threads: Number(await badge.getAttribute('data-threads')) };
}

/** Picks a photo on the diagnose screen. */
export async function pickPhoto(page: Page, path: string): Promise<void> {
  await page.getByTestId('photo-input').setInputFiles(path);
}

/** Picks a photo and waits for its result screen; returns the per-condition scores shown. */
export async function diagnose(page: Page, path: string, timeout = 120_000): Promise<Record<string, number>> {
  await pickPhoto(page, path);
  await page.getByTestId('result').waitFor({ timeout });
  return readScores(page);
}

/** The total and per-condition scores on the result screen. */
export async function readScores(page: Page): Promise<Record<string, number>> {
  const scores: Record<string, number> = { total: Number(await page.getByTestId('total-score').textContent()) };
  for (const id of ['acne', 'atopy', 'wrinkle']) scores[id] = Number(await page.getByTestId(`score-value-${id}`).textContent());
  return scores;
}

/** Signs up through the account screen and waits until the app shows the signed-in user. */
export async function signUp(page: Page, username: string): Promise<void> {
  await page.goto('/account');
  await page.getByRole('tab', { name: 'Sign up' }).click();
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.getByLabel('Email').fill(`${username}@example.com`);
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Password').fill('passw0rd-ok');
  await form.getByRole('button', { name: 'Sign up' }).click();
  await page.getByTestId('signed-in').waitFor();
}

/** Picks a photo and waits for the diagnose screen's error; returns its code and text. */
export async function diagnoseError(page: Page, path: string, timeout = 60_000): Promise<{ code: string | null; text: string | null }> {
  await pickPhoto(page, path);
  const error = page.getByTestId('diagnose-error');
  await error.waitFor({ timeout });
  return { code: await error.getAttribute('data-code'), text: await error.textContent() };
}
