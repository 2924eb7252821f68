import { loginInputSchema, resetPasswordInputSchema, signupInputSchema } from '@derma/shared';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { accountEn } from './account-messages-en';
import { consentEn } from './consent-messages-en';
import { errorsEn } from './error-messages-en';
import { errorsKo } from './error-messages-ko';
import { errorText } from './error-text';
import { faceEn } from './face-messages-en';
import { formIssue } from './form-issue';
import { interpolate } from './i18n-context';
import type { MessageKey } from './message-key';
import { en } from './messages-en';

const tEn = (key: MessageKey, vars?: Record<string, string | number>): string => interpolate({ ...en, ...accountEn, ...errorsEn, ...faceEn, ...consentEn }[key], vars);
const tKo = (key: MessageKey): string => ({ ...errorsKo } as Record<string, string>)[key] ?? key;

function apiError(data: Record<string, unknown> | undefined): unknown {
  return TRPCClientError.from({ error: { message: 'Wrong email or password.', code: -32001, data } });
}

describe('errorText', () => {
  it('words an account error by its reason, in the chosen language', () => {
    const error = apiError({ code: 'UNAUTHORIZED', httpStatus: 401, reason: 'WRONG_CREDENTIALS' });
    expect(errorText(error, tKo)).toBe('이메일 또는 비밀번호가 올바르지 않습니다.');
    expect(errorText(apiError({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISABLED' }), tEn)).toBe(errorsEn['error.reason.ACCOUNT_DISABLED']);
  });

  it('falls back to the tRPC code, never to the server message', () => {
    expect(errorText(apiError({ code: 'TOO_MANY_REQUESTS', httpStatus: 429 }), tKo)).toBe(errorsKo['error.code.TOO_MANY_REQUESTS']);
    expect(errorText(apiError({ code: 'SOMETHING_NEW' }), tEn)).toBe(errorsEn['error.unknown']);
  });

  it('says the server could not be reached when no tRPC answer came back', () => {
    expect(errorText(TRPCClientError.from(new TypeError('Failed to fetch')), tKo)).toBe(errorsKo['error.network']);
  });

  it('is null without an error', () => {
    expect(errorText(null, tEn)).toBeNull();
  });
});

describe('formIssue', () => {
  it('names the rule of the first invalid field, or asks for an empty one', () => {
    expect(formIssue(signupInputSchema, { email: 'a@example.com', username: 'ok_name', password: 'letters-only' })).toBe('validation.password');
    expect(formIssue(signupInputSchema, { email: 'not-an-email', username: 'ok_name', password: 'abcdefg1' })).toBe('validation.email');
    expect(formIssue(signupInputSchema, { email: 'a@example.com', username: 'a b', password: 'abcdefg1' })).toBe('validation.username');
    expect(formIssue(loginInputSchema, { email: 'a@example.com', password: '' })).toBe('validation.required');
    expect(formIssue(loginInputSchema, { email: 'a@example.com', password: 'x' })).toBeNull();
    expect(formIssue(resetPasswordInputSchema, { token: '', password: 'abcdefg1' })).toBe('validation.token');
    expect(formIssue(signupInputSchema, { email: 'a@example.com', username: 'ok_name', password: '        ' })).toBe('validation.password');
  });
});
