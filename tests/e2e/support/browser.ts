/**
 * Debian's Chromium driven by playwright-core. No test skips itself when Chromium is missing:
 * it fails and says how to install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and quiet: this machine's closed network refuses Chromium's background connections. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Shared memory in /tmp, not /dev/shm, which a container may keep small (64 MB in Docker).
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install Debian's package: apt-get update && apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH). Browser tests never skip.',
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    // playwright gives every launch a fresh, empty profile of its own.
  });
  return {
    browser,
    close: () => browser.close(),
  };
}
