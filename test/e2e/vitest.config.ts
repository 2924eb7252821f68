import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: the built web app served by the real API (fresh MariaDB database,
 * fake Ollama), driven through Debian's Chromium with playwright-core.
 * Run: `npx vitest run --config test/e2e/vitest.config.ts` (builds packages/web when dist is missing).
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores shared by Chromium, WASM threads and the API: one browser at a time.
    fileParallelism: false,
  },
});
