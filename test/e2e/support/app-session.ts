import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startE2eApp, type E2eApp } from './e2e-app';

export interface AppSession {
  readonly app: E2eApp;
  readonly browser: Browser;
}

/** Starts the app and Chromium once for the calling test file, and stops both after it. */
export function useAppSession(options: Parameters<typeof startE2eApp>[0] = {}): AppSession {
  let app: E2eApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startE2eApp(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app session starts in beforeAll');
    return value;
  };
  return {
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
  };
}
