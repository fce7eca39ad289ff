/**
 * The e2e support itself (tests/e2e/support/built-site.ts): when Chromium's process dies under a
 * test, the next test of the file gets a new Chromium, not the closed one.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site.ts';

const demo = useBuiltSite();
let crashed: Browser;

describe('a Chromium that dies', () => {
  it('is closed for the rest of its test', async () => {
    crashed = demo.browser;
    const gone = new Promise((resolve) => crashed.once('disconnected', resolve));
    // Chromium's own crash on request: the whole browser process ends, as it did once in CI.
    await (await crashed.newBrowserCDPSession()).send('Browser.crash').catch(() => undefined);
    await gone;
    expect(crashed.isConnected()).toBe(false);
  });

  it('is replaced before the next test, which can open the site', async () => {
    expect(demo.browser).not.toBe(crashed);
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/en/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
