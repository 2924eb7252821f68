import { QUALITY_REASONS } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { faceEn } from '../../../lib/i18n/face-messages-en';
import { faceKo } from '../../../lib/i18n/face-messages-ko';
import { liveHint } from './live-hint';

describe('liveHint', () => {
  it.each(QUALITY_REASONS)('says what to do about %s in both languages', (reason) => {
    const key = liveHint({ status: 'refused', reason }, true);
    expect(key).toBe(`live.${reason}`);
    expect(faceEn[key as keyof typeof faceEn]).toBeTruthy();
    expect(faceKo[key as keyof typeof faceKo]).toBeTruthy();
  });

  it('tells the person to take the photo once the gate lets the frame through', () => {
    expect(liveHint({ status: 'ready' }, true)).toBe('live.ready');
  });

  it('keeps the plain guide text without a face model, where "ready" would promise nothing', () => {
    expect(liveHint({ status: 'ready' }, false)).toBe('diagnose.cameraGuide');
  });

  it('keeps the plain guide text while nothing is checked', () => {
    expect(liveHint({ status: 'off' }, true)).toBe('diagnose.cameraGuide');
  });
});
