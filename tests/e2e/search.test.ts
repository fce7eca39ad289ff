/**
 * Pagefind searched for real in Chromium, on each language's search page of the built demo site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocaleCode } from '../../src/i18n/locales.ts';
import { launchChromium } from './support/browser.ts';
import { startPreview } from './support/server.ts';
import { SearchPage } from './pages/search-page.ts';

let browser: Browser;
let closeBrowser: () => Promise<void>;
let server: { origin: string; stop: () => void };
let page: Page;
let search: SearchPage;
const problems: string[] = [];

beforeAll(async () => {
  server = await startPreview();
  ({ browser, close: closeBrowser } = await launchChromium());
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  // Requests cut short by the next navigation are not failures.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()}`));
  search = new SearchPage(page, server.origin);
});
afterAll(async () => {
  await closeBrowser?.();
  server?.stop();
});

/** [locale, query, a page that must be found, a page that must not be] */
const table: [LocaleCode, string, string, string][] = [
  ['vi', 'dinh hoa', '/heritage/atk-dinh-hoa/', '/partners/udon-thani/'],
  ['vi', 'den duom', '/heritage/den-duom/', '/heritage/ho-ba-be/'],
  ['vi', 'che tan cuong', '/heritage/nghe-che-tan-cuong/', '/partners/luang-prabang/'],
  ['vi', 'Định Hóa', '/heritage/atk-dinh-hoa/', '/partners/udon-thani/'],
  ['vi', 'Định Hoá', '/heritage/atk-dinh-hoa/', '/partners/udon-thani/'],
  ['vi', 'Đền Đuổm', '/heritage/den-duom/', '/heritage/ho-ba-be/'],
  ['en', 'tea', '/en/products/che-tom-non-hao-dat/', '/en/sovereignty/bien-gioi-viet-nam-lao/'],
  ['en', 'Paracel', '/en/sovereignty/hoang-sa-truong-sa/', '/en/products/che-tom-non-hao-dat/'],
  ['zh', '太原省', '/zh/about/', '/zh/404/'],
  ['zh', '国会', '/zh/sovereignty/luat-bien-viet-nam-2012/', '/zh/products/che-tom-non-hao-dat/'],
  ['zh', '绿茶', '/zh/products/che-tom-non-hao-dat/', '/zh/sovereignty/bien-gioi-viet-nam-lao/'],
  ['zh', '博物馆', '/zh/heritage/bao-tang-van-hoa-cac-dan-toc/', '/zh/products/che-tom-non-hao-dat/'],
  ['ko', '녹차', '/ko/products/che-tom-non-hao-dat/', '/ko/sovereignty/bien-gioi-viet-nam-lao/'],
  ['ko', '녹차를', '/ko/products/che-tom-non-hao-dat/', '/ko/sovereignty/bien-gioi-viet-nam-lao/'],
  ['ko', '녹차는', '/ko/products/che-tom-non-hao-dat/', '/ko/sovereignty/bien-gioi-viet-nam-lao/'],
  ['ko', '하노이에서', '/ko/articles/ky-niem-80-nam-quoc-khanh/', '/ko/products/mien-dong-tai-hoan/'],
];

describe('search in four languages', () => {
  it.each(table)(
    '%s: "%s" finds %s in the first page of results, and never %s',
    async (locale, query, found, notFound) => {
      await search.search(locale, query);
      expect(await search.resultPaths()).toContain(found);
      expect((await search.highlights()).length).toBeGreaterThan(0);
      await search.showAll();
      expect(await search.resultPaths()).not.toContain(notFound);
    },
  );

  it('searches only the page language index and says where else to look', async () => {
    await search.search('zh', '녹차');
    expect(await search.resultPaths()).toEqual([]);
    expect(await search.otherLanguageLink()).toBe(`/ko/search/?q=${encodeURIComponent('녹차')}`);
  });

  it('finds nothing of an unpublished entry', async () => {
    await search.search('vi', 'Đinh Mùi');
    expect(await search.resultPaths()).not.toContain('/articles/don-tet-dinh-mui-2027/');
    await search.search('en', 'Dinh Mui');
    expect((await search.resultPaths()).some((p) => p.includes('don-tet-dinh-mui-2027'))).toBe(false);
  });

  it('filters by content type and sorts by date', async () => {
    await search.open('/en/search/?q=Thai%20Nguyen&type=heritage');
    await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
    const paths = await search.resultPaths();
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.startsWith('/en/heritage/'))).toBe(true);
  });

  it('ran with no console error, failed request or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
