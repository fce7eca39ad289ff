/**
 * Phone-first layout and print (issue 14, items 4 and 6), in Chromium at 320, 390 and 1280 px:
 * the header takes at most a fifth of the first screen, the language switcher keeps to one line,
 * nothing scrolls sideways, facts stack on phones, the reading line stays short, and the changed
 * templates have no serious axe violation. Printed, a heritage, product or partner page loses
 * the menus but keeps the QR code and its address, on at most two A4 pages. Screenshots of the
 * phone layouts and the print emulation go to test-output/layout/ for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { LOCALES, localeUrl } from '../../src/i18n/locales.ts';
import { TEMPLATE_PATHS } from '../support/templates.ts';
import { useBuiltSite } from './support/built-site.ts';
import { LayoutPage } from './pages/layout-page.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = 'test-output/layout';
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
/** The templates this work changed: the home page, the header on every page, facts, print. */
const CHANGED = ['home', 'list', 'heritage', 'product', 'partner', 'article'] as const;
const LEAFLETS = ['heritage', 'product', 'partner'] as const;
const url = (code: (typeof LOCALES)[number]['code'], template: string) =>
  `${localeUrl(code)}${TEMPLATE_PATHS[template]}`;

const demo = useBuiltSite();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function open(context: BrowserContext, path: string): Promise<LayoutPage> {
  const page = new LayoutPage(await context.newPage(), demo.origin);
  await page.open(path);
  return page;
}

for (const viewport of VIEWPORTS) {
  describe(`at ${viewport.width}×${viewport.height}`, () => {
    let context: BrowserContext;
    // A context per test, from the Chromium of that moment (a new one after a crash).
    beforeEach(async () => {
      context = await demo.browser.newContext({ viewport, bypassCSP: true });
    });
    afterEach(async () => context?.close());

    for (const locale of LOCALES) {
      it(`${locale.code}: the header takes at most 20 % of the first screen, the switcher one line`, async () => {
        const page = await open(context, url(locale.code, 'heritage'));
        expect(await page.headerBottom()).toBeLessThanOrEqual(viewport.height * 0.2);
        expect(await page.switcherRows()).toHaveLength(1);
        expect(await page.overflowsSideways()).toBe(false);
        if (viewport.width < 1280)
          await page.page.screenshot({ path: `${SHOTS}/${locale.code}-heritage-${viewport.width}.png` });
        await page.page.close();
      });
    }

    it('the home page fills every row of its grids', async () => {
      const page = await open(context, '/en/');
      const holes = await page.page.locator('main ul.grid').evaluateAll((grids) =>
        grids.map((g) => {
          const columns = getComputedStyle(g).gridTemplateColumns.split(' ').length;
          return g.children.length % columns;
        }),
      );
      expect(holes.length).toBeGreaterThanOrEqual(3);
      expect(holes.every((h) => h === 0)).toBe(true);
      await page.page.screenshot({ path: `${SHOTS}/en-home-${viewport.width}.png`, fullPage: true });
      await page.page.close();
    });
  });
}

describe('phones', () => {
  it('stack the facts table (label above value) and keep the breadcrumb on one line', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await open(context, url('vi', 'heritage'));
    const [dt, dd] = await Promise.all(
      ['.facts dt', '.facts dd'].map((s) =>
        page.page
          .locator(s)
          .first()
          .evaluate((e) => e.getBoundingClientRect()),
      ),
    );
    expect(dd!.top).toBeGreaterThanOrEqual(dt!.bottom - 1);
    expect(dd!.left).toBe(dt!.left);
    const crumbs = await page.page
      .locator('nav.breadcrumbs li')
      .evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size);
    expect(crumbs).toBe(1);
    await context.close();
  });

  it('at the end of a long page, a "back to top" link covers nothing and leads back up', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await open(context, localeUrl('en', 'articles'));
    const link = page.page.locator('a.to-top');
    const inView = () =>
      link.evaluate(
        (a) => a.getBoundingClientRect().bottom <= window.innerHeight && a.getBoundingClientRect().top >= 0,
      );
    expect(await inView()).toBe(false);
    await page.page.locator('footer').scrollIntoViewIfNeeded();
    await link.scrollIntoViewIfNeeded();
    expect(await inView()).toBe(true);
    // Nothing of the page lies under it: it sits in room kept free at the end of <main>.
    const under = await link.evaluate((a) => {
      const r = a.getBoundingClientRect();
      const main = a.closest('main')!;
      return [...main.querySelectorAll('a, p, li, h2, img')].filter((el) => {
        if (el === a || el.contains(a)) return false;
        const o = el.getBoundingClientRect();
        return o.width > 0 && o.left < r.right && o.right > r.left && o.top < r.bottom && o.bottom > r.top;
      }).length;
    });
    expect(under).toBe(0);
    await link.click();
    await page.page.waitForFunction(() => window.scrollY === 0);
    await context.close();
  });
});

describe('desktop', () => {
  it('keeps the body text to about 75 characters a line', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
    for (const code of ['vi', 'en'] as const) {
      const page = await open(context, url(code, 'article'));
      const chars = await page.charactersPerLine();
      expect(chars, code).toBeGreaterThan(40);
      expect(chars, code).toBeLessThanOrEqual(76);
    }
    await context.close();
  });
});

interface Axe {
  run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null }[] }>;
}

describe('axe on the changed templates', () => {
  for (const viewport of [VIEWPORTS[0], VIEWPORTS[2]]) {
    for (const locale of LOCALES) {
      it(`${locale.code}: no serious or critical violation at ${viewport.width} px`, { timeout: 120_000 }, async () => {
        const context = await demo.browser.newContext({ viewport, bypassCSP: true });
        const found: string[] = [];
        for (const template of CHANGED) {
          const page = await open(context, url(locale.code, template));
          await page.page.evaluate(AXE);
          const { violations } = await page.page.evaluate(() =>
            (window as unknown as { axe: Axe }).axe.run(document, {
              runOnly: {
                type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
              },
            }),
          );
          for (const v of violations)
            if (v.impact === 'serious' || v.impact === 'critical') found.push(`${template}: ${v.id}`);
          await page.page.close();
        }
        expect(found).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('print', () => {
  for (const code of ['vi', 'en'] as const) {
    for (const template of LEAFLETS) {
      it(
        `${code} ${template}: no header chrome, the QR code and address kept, at most two A4 pages`,
        { timeout: 60_000 },
        async () => {
          const context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
          const page = await open(context, url(code, template));
          await page.emulatePrint();
          for (const chrome of [
            'nav.site-nav',
            'nav.lang-switcher',
            'form.header-search',
            '.share-links',
            '.site-footer nav',
          ])
            expect(await page.isShown(chrome), chrome).toBe(false);
          expect(await page.isShown('.share-qr svg')).toBe(true);
          expect(await page.isShown('.share-url input')).toBe(true);
          expect(await page.page.locator('.share-url input').inputValue()).toMatch(/^https?:\/\//);
          const { pdf, pages } = await page.printPages();
          writeFileSync(`${SHOTS}/print-${code}-${template}.pdf`, pdf);
          await page.page.screenshot({ path: `${SHOTS}/print-${code}-${template}.png`, fullPage: true });
          expect(pages).toBeGreaterThanOrEqual(1);
          expect(pages).toBeLessThanOrEqual(2);
          await context.close();
        },
      );
    }
  }
});
