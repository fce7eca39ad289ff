/**
 * The built demo served on loopback, and Chromium, for one test file: `useBuiltSite()` registers
 * the hooks that start both before the file's tests and stop them after.
 *
 * Chromium's process can die under a test: once in CI the browser closed during one axe test and
 * the eleven tests after it in that file failed on the closed browser, not on the site. A hook
 * before each test starts a new Chromium when the old one is gone and says so on stderr, so a
 * crash costs the test it happened in (which the e2e project retries once), not the rest of the file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './browser.ts';
import { startPreview } from './server.ts';

export interface BuiltSite {
  /** The running Chromium; a new one after a crash. */
  readonly browser: Browser;
  /** Where the site is served, such as http://127.0.0.1:39367. */
  readonly origin: string;
}

/** Serves `outDir` (by default the demo's dist/, checked to be current) to a Chromium. */
export function useBuiltSite(outDir?: string): BuiltSite {
  let browser: Browser | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  let server: { origin: string; stop: () => void } | undefined;

  const launch = async () => {
    ({ browser, close: closeBrowser } = await launchChromium());
  };
  beforeAll(async () => {
    server = await startPreview(outDir);
    await launch();
  });
  beforeEach(async (context) => {
    if (!browser || browser.isConnected()) return;
    console.warn(`Chromium had exited before "${context.task.name}"; starting a new one.`);
    await launch();
  });
  afterAll(async () => {
    if (browser?.isConnected()) await closeBrowser?.();
    server?.stop();
  });

  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running: use the browser inside a test or hook.');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('The site is not served: use its origin inside a test or hook.');
      return server.origin;
    },
  };
}
