import { NO_FACE_MESSAGE, QUALITY_MESSAGES, QUALITY_REASONS } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../lib/i18n/i18n-context';
import type { MessageKey } from '../../../lib/i18n/message-key';
import { failureText } from './failure-text';

const t = (key: MessageKey, vars?: Record<string, string | number>): string => interpolate(`${key}:{message}`, vars);

describe('failureText', () => {
  it.each(QUALITY_REASONS.flatMap((reason) => (['ko', 'en'] as const).map((language) => [reason, language] as const)))(
    'tells what to do about %s in %s',
    (reason, language) => {
      expect(failureText({ code: reason, message: 'gate' }, language, t)).toBe(QUALITY_MESSAGES[reason][language]);
    },
  );

  it('keeps the original server\'s words for "no face"', () => {
    expect(failureText({ code: 'NO_FACE', message: 'x' }, 'ko', t)).toBe(NO_FACE_MESSAGE.ko);
  });

  it('words a known app failure with its own text', () => {
    expect(failureText({ code: 'OFFLINE', message: 'offline' }, 'en', t)).toBe('diagnose.offline:offline');
  });

  it('shows the message of a failure it does not know', () => {
    expect(failureText({ code: 'MODEL_INVALID', message: 'bad graph' }, 'en', t)).toBe('diagnose.failed:bad graph');
  });
});
