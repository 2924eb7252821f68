import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import type { Language } from '../settings/settings-schema';
import { useSettings } from '../settings/use-settings';
import { accountEn } from './account-messages-en';
import { accountKo } from './account-messages-ko';
import { consentEn } from './consent-messages-en';
import { consentKo } from './consent-messages-ko';
import { errorsEn } from './error-messages-en';
import { errorsKo } from './error-messages-ko';
import { faceEn } from './face-messages-en';
import { faceKo } from './face-messages-ko';
import type { MessageKey } from './message-key';
import { en } from './messages-en';
import { ko } from './messages-ko';

type Vars = Record<string, string | number>;

export interface I18n {
  language: Language;
  t: (key: MessageKey, vars?: Vars) => string;
  formatDate: (iso: string | Date) => string;
  formatNumber: (n: number, digits?: number) => string;
}

const TABLES: Record<Language, Record<MessageKey, string>> = {
  en: { ...en, ...accountEn, ...errorsEn, ...faceEn, ...consentEn },
  ko: { ...ko, ...accountKo, ...errorsKo, ...faceKo, ...consentKo },
};
const I18nContext = createContext<I18n | null>(null);

/** Fills `{name}` placeholders. */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Provides the UI language from the settings and keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const { language } = useSettings();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const t = useCallback((key: MessageKey, vars?: Vars) => interpolate(TABLES[language][key], vars), [language]);
  const value = useMemo<I18n>(() => {
    const locale = language === 'ko' ? 'ko-KR' : 'en-GB';
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      language,
      t,
      formatDate: (iso) => dates.format(typeof iso === 'string' ? new Date(iso) : iso),
      formatNumber: (n, digits = 0) => n.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }),
    };
  }, [language, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI language and its helpers. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
