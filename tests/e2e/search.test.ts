/**
 * Pagefind searched for real in Chromium, on each language's search page of the built demo site.
 * Each test must run without a console error, a failed request or a CSP violation: they are
 * collected per test and checked after it, so a test run alone (`-t`) is checked as well.
 *
 * Unpublished entries are not searched for here: they are never built, so Pagefind has nothing
 * of them to index, and tests/build/leak.test.ts proves that for every file of the output, the
 * search index included.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localeUrl, type LocaleCode } from '../../src/i18n/locales.ts';
import { demoDist } from '../support/built-demo.ts';
import { useBuiltSite } from './support/built-site.ts';
import { SearchPage } from './pages/search-page.ts';

const demo = useBuiltSite();
let page: Page;
let search: SearchPage;
const problems: string[] = [];

// A new page for each test, from the Chromium of that moment (a new one after a crash).
beforeEach(async () => {
  problems.length = 0;
  page = await demo.browser.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  // Requests cut short by the next navigation are not failures.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()}`));
  search = new SearchPage(page, demo.origin);
});
afterEach(async () => {
  // Close the page, so that a request still running cannot be blamed on the next test.
  await page.close();
  expect(problems, 'console errors, failed requests or CSP violations').toEqual([]);
});

/** The built file of a site path, and whether Pagefind indexes it (only pages marked for it). */
const builtPage = (path: string) => readFileSync(`${demoDist()}${path}index.html`, 'utf8');
const indexed = (path: string) => builtPage(path).includes('data-pagefind-body');
/** The date a page is sorted by in search (its `data-pagefind-sort` value). */
const sortDate = (path: string) => /data-pagefind-sort="date:([\d-]+)"/.exec(builtPage(path))?.[1];

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
  // The one indexed Chinese page with none of the characters 太, 原 and 省.
  ['zh', '太原省', '/zh/about/', '/zh/articles/bac-bo-tin-sai-hoang-sa-truong-sa/'],
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
      // A page that is not in the index could never be found: "never" must be able to fail.
      expect(indexed(notFound), `${notFound} is not indexed`).toBe(true);
      await search.search(locale, query);
      expect(await search.resultPaths()).toContain(found);
      expect((await search.highlights()).length).toBeGreaterThan(0);
      await search.showAll();
      const all = await search.resultPaths();
      expect(all).not.toContain(notFound);
      // Every result is a page of the site, listed once.
      for (const path of all) expect(indexed(path), path).toBe(true);
      expect(new Set(all).size).toBe(all.length);
    },
  );

  // Results arrive after the first paint: on a phone they used to push the footer up the screen
  // and a loading thumbnail reflowed its excerpt (Lighthouse's CLS 0.2–0.3, "poor").
  it.each([
    ['vi', 'dinh hoa'],
    ['ko', '녹차'],
  ] as const)('%s: results for "%s" appear without moving anything on a phone screen', async (locale, query) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // A phone's latency, so that thumbnails arrive frames after their results, as they do abroad.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 100_000,
    });
    try {
      await search.search(locale, query);
      expect(await page.locator('#search-results img').count()).toBeGreaterThan(0);
      expect(await search.layoutShift()).toBeLessThan(0.01);
      // Each thumbnail, loaded, fills exactly the box it declared before it loaded (a 16:9 cover
      // declared 96×64 shrank to 54 px high and moved its excerpt's lines).
      for (const box of await search.thumbnailBoxes()) expect(box.shown).toEqual(box.declared);
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await cdp.detach();
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('searches only the page language index and says where else to look', async () => {
    await search.search('zh', '녹차');
    expect(await search.resultPaths()).toEqual([]);
    expect(await search.otherLanguageLink()).toBe(`/ko/search/?q=${encodeURIComponent('녹차')}`);
  });

  it.each([
    ['en', 'Thai Nguyen', 'heritage'],
    ['vi', 'Thái Nguyên', 'articles'],
  ] as const)('%s: filters "%s" by type %s, and sorts it by date, newest first', async (locale, query, type) => {
    const url = `${localeUrl(locale, 'search')}?q=${encodeURIComponent(query)}&type=${type}`;
    const prefix = localeUrl(locale, type);
    const results = async (extra: string) => {
      await search.open(url + extra);
      await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
      await search.showAll();
      return search.resultPaths();
    };
    const byDate = (paths: string[]) => paths.map((p) => sortDate(p) ?? `no date on ${p}`);
    const newestFirst = (dates: string[]) => [...dates].sort().reverse();

    const relevance = await results('');
    expect(relevance.length).toBeGreaterThan(2);
    expect(
      relevance.every((p) => p.startsWith(prefix)),
      relevance.join(' '),
    ).toBe(true);
    // Otherwise sorting would change nothing, and the test below would prove nothing.
    expect(byDate(relevance)).not.toEqual(newestFirst(byDate(relevance)));

    const sorted = await results('&sort=date');
    expect(await page.locator('select[name=sort]').inputValue()).toBe('date');
    expect([...sorted].sort()).toEqual([...relevance].sort());
    expect(byDate(sorted)).toEqual(newestFirst(byDate(sorted)));
  });
});
