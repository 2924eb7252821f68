import { describe, expect, it } from 'vitest';
import { interpolate } from './i18n-context';
import { accountEn } from './account-messages-en';
import { accountKo } from './account-messages-ko';
import { errorsEn } from './error-messages-en';
import { errorsKo } from './error-messages-ko';
import { en } from './messages-en';
import { ko } from './messages-ko';

describe('i18n', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} of {m}', { n: 3 })).toBe('3 of {m}');
  });

  it('has a Korean text with the same placeholders for every English key', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const [key, text] of Object.entries(en)) expect(names(ko[key as keyof typeof en]), key).toEqual(names(text));
    for (const [key, text] of Object.entries(accountEn)) expect(names(accountKo[key as keyof typeof accountEn]), key).toEqual(names(text));
    for (const [key, text] of Object.entries(errorsEn)) expect(names(errorsKo[key as keyof typeof errorsEn]), key).toEqual(names(text));
  });
});
