/** The built demo site in Chromium: every home page, and the language switcher followed for real. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LOCALES } from '../../src/i18n/locales.ts';
import { launchChromium } from './support/browser.ts';
import { startPreview } from './support/server.ts';
import { HomePage } from './pages/home-page.ts';
import { EntryPage } from './pages/entry-page.ts';

let browser: Browser;
let closeBrowser: () => Promise<void>;
let server: { origin: string; stop: () => void };

beforeAll(async () => {
  server = await startPreview();
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => {
  await closeBrowser?.();
  server?.stop();
});

describe('home page in each locale', () => {
  for (const locale of LOCALES) {
    it(`${locale.code}: has lang ${locale.lang}, a heading and a switcher with every language`, async () => {
      const home = new HomePage(await browser.newPage(), server.origin);
      await home.openLocale(locale.code);
      expect(await home.lang()).toBe(locale.lang);
      expect((await home.heading()).length).toBeGreaterThan(0);
      expect(await home.switcherLabels()).toEqual(LOCALES.map((l) => l.label));
      expect((await home.sectionHeadings()).length).toBeGreaterThanOrEqual(3);
      await home.page.close();
    });
  }

  it('follows the switcher from each home page to every other home page', async () => {
    const home = new HomePage(await browser.newPage(), server.origin);
    for (const from of LOCALES) {
      for (const to of LOCALES.filter((l) => l.code !== from.code)) {
        await home.openLocale(from.code);
        await home.switchTo(to.label);
        expect(home.path(), `${from.code} → ${to.code}`).toBe(to.path ? `/${to.path}/` : '/');
        expect(await home.lang()).toBe(to.lang);
      }
    }
    await home.page.close();
  });
});

describe('detail pages', () => {
  it('switches to the same entry in another language (or plainly to that language home) and back', async () => {
    const home = new HomePage(await browser.newPage(), server.origin);
    await home.openLocale('vi');
    const href = await home.firstCardLink('heritage');
    expect(href).toMatch(/^\/heritage\/[a-z0-9-]+\/$/);
    const entry = new EntryPage(home.page, server.origin);
    const slug = href!.split('/')[2];
    for (const to of LOCALES.slice(1)) {
      await entry.open(href!);
      const translated = !(await entry.isMissing(to.label));
      await entry.switchTo(to.label);
      expect(await entry.lang()).toBe(to.lang);
      if (!translated) {
        expect(entry.path()).toBe(`/${to.path}/`);
        continue;
      }
      expect(entry.path()).toBe(`/${to.path}/heritage/${slug}/`);
      expect((await entry.breadcrumbs()).length).toBe(3);
      expect((await entry.badge()).length).toBeGreaterThan(0);
      await entry.switchTo(LOCALES[0].label);
      expect(entry.path()).toBe(href);
    }
    await entry.page.close();
  });
});
