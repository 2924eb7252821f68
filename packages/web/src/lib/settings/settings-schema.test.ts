import { describe, expect, it } from 'vitest';
import { browserLanguage, parseSettings } from './settings-schema';

describe('settings', () => {
  it('defaults to Korean for a Korean browser', () => {
    expect(browserLanguage(['ko-KR', 'en-US'])).toBe('ko');
  });

  it('defaults to English for any other browser language', () => {
    expect(browserLanguage(['fr-FR'])).toBe('en');
  });

  it('keeps photos off and prefers on-device analysis by default', () => {
    expect(parseSettings(null, ['en'])).toMatchObject({ keepPhotos: false, photoAdvice: false, preferServer: false });
  });

  it('picks model files automatically for copies stored before the preference existed, and keeps a stored one', () => {
    expect(parseSettings('{"language":"en","variants":{"face":"yunet-n-320"}}', ['en'])).toMatchObject({ modelPreference: 'auto', variants: { face: 'yunet-n-320' } });
    expect(parseSettings('{"modelPreference":"small"}', ['en'])).toMatchObject({ modelPreference: 'small' });
  });

  it('keeps valid stored fields and ignores a corrupt copy', () => {
    expect(parseSettings('{"language":"ko","keepPhotos":true}', ['en'])).toMatchObject({ language: 'ko', keepPhotos: true });
    expect(parseSettings('{not json', ['ko'])).toMatchObject({ language: 'ko', keepPhotos: false });
  });
});
