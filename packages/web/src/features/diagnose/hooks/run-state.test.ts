import { describe, expect, it } from 'vitest';
import { chooseRoute } from './use-diagnosis-run';

describe('chooseRoute', () => {
  it('analyses on the device while the models load or once they are ready', () => {
    expect(chooseRoute(false, { status: 'loading' })).toBe('device');
    expect(chooseRoute(false, { status: 'ready' })).toBe('device');
  });

  it('uses the server when the user prefers it, even with the models ready', () => {
    expect(chooseRoute(true, { status: 'ready' })).toBe('server');
  });

  it('uses the server when the device could not get the models running', () => {
    expect(chooseRoute(false, { status: 'error' })).toBe('server');
  });
});
