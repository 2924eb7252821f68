import { QUALITY_REASONS } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { chooseRoute, isPhotoFault } from './run-state';

describe('chooseRoute', () => {
  it('keeps the photo on the device unless the person prefers the server', () => {
    expect(chooseRoute(false)).toBe('device');
  });

  it('uses the server when the person prefers it in settings', () => {
    expect(chooseRoute(true)).toBe('server');
  });
});

describe('isPhotoFault', () => {
  it.each(QUALITY_REASONS)('never offers the server for the quality-gate refusal %s', (code) => {
    expect(isPhotoFault(code)).toBe(true);
  });

  it('counts a photo the decoder cannot read as the photo’s fault', () => {
    expect(isPhotoFault('IMAGE_UNREADABLE')).toBe(true);
  });

  it.each(['DOWNLOAD_FAILED', 'NO_WASM', 'INTERNAL'])('leaves %s, a fault of this device, to the person’s choice', (code) => {
    expect(isPhotoFault(code)).toBe(false);
  });
});
