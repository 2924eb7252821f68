import { chromium } from 'playwright-core';
import type { BrowserJob } from './browser-entry';
import type { RunnerOutput } from './measure-pipeline';
import { chromiumPeakMiB } from './process-memory';

/** Debian's Chromium; `apt-get install -y chromium` when missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** SwiftShader's Vulkan gives headless Chromium a (software) WebGPU adapter on a machine without a GPU. */
const WEBGPU_ARGS = ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-angle=swiftshader', '--use-vulkan=swiftshader'];

/**
 * Runs one job in a fresh headless Chromium on the bench page at `url`: a new browser per job,
 * because onnxruntime-web's thread count is fixed per page and the peak memory must be its own.
 */
export async function runInChromium(url: string, job: BrowserJob, timeoutMs: number): Promise<RunnerOutput> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: job.executionProvider === 'webgpu' ? [...ARGS, ...WEBGPU_ARGS] : ARGS });
  const pid = server.process().pid ?? 0;
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await browser.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.goto(url);
    await page.waitForFunction(() => 'runBench' in globalThis);
    const output = await page.evaluate(
      (j) => (globalThis as unknown as { runBench: (job: BrowserJob) => Promise<RunnerOutput> }).runBench(j),
      job,
    );
    const types = job.executionProvider === 'webgpu' ? ['renderer', 'gpu-process'] : ['renderer'];
    return { ...output, peakMiB: chromiumPeakMiB(pid, types) };
  } finally {
    await server.close();
  }
}
