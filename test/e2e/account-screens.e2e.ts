import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeResult, pixelsForScore } from '@derma/api/testing';
import { signUp } from './support/app-actions';
import { useAppSession } from './support/app-session';
import { newPhoneContext, screenshot, watchErrors } from './support/browser';

const session = useAppSession();

/** Stores a diagnosis for the signed-in page's user, as the app's own sync would. */
async function submitFromPage(page: Page, acneScore: number): Promise<number> {
  const body = JSON.stringify({ clientId: randomUUID(), result: makeResult({ pixels: { acne: pixelsForScore(acneScore) } }) });
  return page.evaluate(async (json) => (await fetch('/trpc/diagnosis.submit', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json })).status, body);
}

describe('account screens through the tRPC query integration', () => {
  it('shows "not enough data" on insights, then the health score once three checks are stored', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signUp(page, 'insights_user');
    await page.goto('/insights');
    await page.getByTestId('insights-insufficient').waitFor();
    expect(await page.getByTestId('insights-insufficient').textContent()).toContain('3 more');
    for (const score of [60, 70, 80]) expect(await submitFromPage(page, score)).toBe(200);
    await page.reload();
    const health = page.getByTestId('insights').locator('.total-score');
    await health.waitFor();
    expect(Number(await health.textContent())).toBeGreaterThan(0);
    // Three checks made seconds apart: a change, not a daily rate extrapolated from seconds.
    const acne = page.getByTestId('insights').getByRole('listitem').filter({ hasText: 'Acne' });
    expect(await acne.textContent()).toContain('Improving');
    expect(await acne.textContent()).toContain('+20 points (0.00 per day)');
    await screenshot(page, 'insights');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends a review and lists it under "Your reviews"', async () => {
    const context = await newPhoneContext(session.browser, session.app.url);
    const page = await context.newPage();
    await signUp(page, 'review_user');
    await page.goto('/account');
    await page.getByTitle('4 of 5').click();
    await page.getByLabel('Comment (optional)').fill('Fast and private');
    await page.getByRole('button', { name: 'Send review' }).click();
    await page.getByText('Thank you for your review.').waitFor();
    const mine = page.getByRole('listitem').filter({ hasText: 'Fast and private' });
    await mine.waitFor();
    expect(await mine.getByLabel('4 of 5').textContent()).toBe('★★★★');
    await context.close();
  });

  it('words account errors in the user\'s language: a broken rule, a taken username, a wrong password', async () => {
    const taken = await fetch(`${session.app.url}/trpc/auth.signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'taken_ko@example.com', username: 'taken_ko', password: 'passw0rd-ok' }),
    });
    expect(taken.status).toBe(200);
    const context = await newPhoneContext(session.browser, session.app.url, 'ko-KR');
    const page = await context.newPage();
    await page.goto('/account');
    await page.getByRole('tab', { name: '회원가입' }).click();
    const signup = page.getByRole('form', { name: '회원가입' });
    await signup.getByLabel('이메일').fill('other_ko@example.com');
    await signup.getByLabel('사용자 이름').fill('taken_ko');
    await signup.getByLabel('비밀번호').fill('lettersonly');
    await signup.getByRole('button', { name: '회원가입' }).click();
    expect(await signup.getByRole('alert').textContent()).toBe('비밀번호는 영문자와 숫자를 포함해 8자 이상이어야 합니다.');
    await signup.getByLabel('비밀번호').fill('passw0rd-ok');
    await signup.getByRole('button', { name: '회원가입' }).click();
    await signup.getByText('이미 사용 중인 사용자 이름입니다. 다른 이름을 고르세요.').waitFor();
    await page.getByRole('tab', { name: '로그인' }).click();
    const login = page.getByRole('form', { name: '로그인' });
    await login.getByLabel('이메일').fill('taken_ko@example.com');
    await login.getByLabel('비밀번호').fill('wrong-pass1');
    await login.getByRole('button', { name: '로그인' }).click();
    await login.getByText('이메일 또는 비밀번호가 올바르지 않습니다.').waitFor();
    await screenshot(page, 'account-error-ko');
    await context.close();
  });
});
