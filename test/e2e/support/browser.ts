import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

/** Debian's Chromium, headless, without background traffic that would blur network assertions. */
export function launchChromium(options: { webgpu?: boolean; args?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.webgpu ? ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-angle=swiftshader', '--use-webgpu-adapter=swiftshader'] : []),
      ...(options.args ?? []),
    ],
  });
}

/** A phone-sized context (360 px wide, the narrowest the app supports) in the given language. */
export function newPhoneContext(browser: Browser, baseURL: string, locale = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale, viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
}

/** A desktop context. */
export function newDesktopContext(browser: Browser, baseURL: string, locale = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale, viewport: { width: 1280, height: 900 } });
}

/** Collects page errors and console errors, so a test can show them when it fails. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A guest's `auth.me` answers 401 by design; the browser logs it as a failed resource.
    if (message.type() === 'error' && !message.text().includes('status of 401')) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Saves a full-page screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
