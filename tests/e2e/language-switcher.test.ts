/**
 * The built demo site in Chromium: every home page, and the language switcher followed for real.
 * The demo is translated in full, so the switcher's other branch (a page missing in a language
 * leads to that language's home) is followed on a small fixture site built for it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, localeUrl, type LocaleCode } from '../../src/i18n/locales.ts';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite } from '../build/support/build.ts';
import { useBuiltSite } from './support/built-site.ts';
import { startPreview } from './support/server.ts';
import { HomePage } from './pages/home-page.ts';
import { EntryPage } from './pages/entry-page.ts';

const demo = useBuiltSite();

/** A UI string of a locale, as written in its file. */
const ui = (code: LocaleCode, key: string): string => {
  const strings = JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')) as Record<string, string>;
  if (!(key in strings)) throw new Error(`src/i18n/ui/${code}.json has no "${key}"`);
  return strings[key]!;
};

describe('home page in each locale', () => {
  for (const locale of LOCALES) {
    it(`${locale.code}: has lang ${locale.lang}, its title, its sections and a switcher with every language`, async () => {
      const home = new HomePage(await demo.browser.newPage(), demo.origin);
      await home.openLocale(locale.code);
      expect(await home.lang()).toBe(locale.lang);
      expect(await home.heading()).toBe(ui(locale.code, 'home.title'));
      expect(await home.switcherLabels()).toEqual(LOCALES.map((l) => l.label));
      // The demo has a lead story, coming anniversaries and enough entries for every block;
      // the lead story's heading is its title, the anniversaries come last.
      expect((await home.sectionHeadings()).slice(1)).toEqual(
        ['home.featuredHeritage', 'home.featuredProducts', 'home.latest', 'home.upcoming'].map((k) =>
          ui(locale.code, k),
        ),
      );
      for (const [block, count] of [
        ['heritage', siteConfig.home.heritage],
        ['products', siteConfig.home.products],
        ['articles', siteConfig.home.articles],
      ] as const) {
        const links = await home.cardLinks(block);
        expect(links, block).toHaveLength(count);
        for (const href of links)
          expect(href, block).toMatch(new RegExp(`^${localeUrl(locale.code, block)}[a-z0-9-]+/$`));
      }
      await home.page.close();
    });
  }

  it('follows the switcher from each home page to every other home page', async () => {
    const home = new HomePage(await demo.browser.newPage(), demo.origin);
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
  it('switches to the same entry in every other language and back (the demo is fully translated)', async () => {
    const home = new HomePage(await demo.browser.newPage(), demo.origin);
    await home.openLocale('vi');
    const href = await home.firstCardLink('heritage');
    expect(href).toMatch(/^\/heritage\/[a-z0-9-]+\/$/);
    const entry = new EntryPage(home.page, demo.origin);
    const slug = href!.split('/')[2];
    for (const to of LOCALES.slice(1)) {
      await entry.open(href!);
      expect(await entry.isMissing(to.label), to.code).toBe(false);
      await entry.switchTo(to.label);
      expect(await entry.lang()).toBe(to.lang);
      expect(entry.path()).toBe(`/${to.path}/heritage/${slug}/`);
      expect((await entry.breadcrumbs()).length).toBe(3);
      expect((await entry.badge()).length).toBeGreaterThan(0);
      await entry.switchTo(LOCALES[0].label);
      expect(entry.path()).toBe(href);
    }
    await entry.page.close();
  });
});

describe('a page missing in some languages (fixture site)', () => {
  // tests/fixtures/content-valid has one article, in Vietnamese and English only.
  let work: string;
  let fixture: { origin: string; stop: () => void };
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'switcher-'));
    buildSite({
      contentDir: 'tests/fixtures/content-valid',
      outDir: join(work, 'dist'),
      siteNow: '2025-09-01T00:00:00+07:00',
    });
    fixture = await startPreview(join(work, 'dist'));
  }, 300_000);
  afterAll(() => {
    fixture?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('marks the missing languages and leads to their home; the translated one to the entry', async () => {
    const entry = new EntryPage(await demo.browser.newPage(), fixture.origin);
    const source = '/articles/bai-hop-le/';
    await entry.open(source);
    const missing = [];
    for (const l of LOCALES.slice(1)) if (await entry.isMissing(l.label)) missing.push(l.code);
    expect(missing).toEqual(['zh', 'ko']);
    for (const to of LOCALES.slice(1)) {
      await entry.open(source);
      await entry.switchTo(to.label);
      expect(await entry.lang()).toBe(to.lang);
      expect(entry.path(), to.code).toBe(to.code === 'en' ? '/en/articles/bai-hop-le/' : localeUrl(to.code));
    }
    await entry.page.close();
  });
});
