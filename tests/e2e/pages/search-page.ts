import { localeUrl, type LocaleCode } from '../../../src/i18n/locales.ts';
import { SitePage } from './site-page.ts';

/** The search page of a locale: run a query, read the results. */
export class SearchPage extends SitePage {
  /** Opens `/<locale>/search/?q=…` and waits until the search has answered. */
  async search(locale: LocaleCode, query: string): Promise<void> {
    await this.open(`${localeUrl(locale, 'search')}?q=${encodeURIComponent(query)}`);
    await this.page.waitForFunction(() => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      return status !== '' && !/…$/.test(status);
    });
  }

  /** Shows every result (clicks "show more" until it is gone). */
  async showAll(): Promise<void> {
    const more = this.page.locator('#search-results .search-more button');
    while ((await more.count()) > 0) {
      const before = await this.page.locator('#search-results h2 a').count();
      await more.click();
      await this.page.waitForFunction((n) => document.querySelectorAll('#search-results h2 a').length > n, before);
    }
  }

  /** Result links, site-relative, in order. */
  async resultPaths(): Promise<string[]> {
    const hrefs = await this.page
      .locator('#search-results h2 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    return hrefs.map((h) => new URL(h, this.origin).pathname);
  }

  status(): Promise<string> {
    return this.page.locator('#search-status').innerText();
  }

  /** Marked words in the excerpts. */
  highlights(): Promise<string[]> {
    return this.page.locator('#search-results mark').allInnerTexts();
  }

  /** Layout shift so far (the CLS sum of shifts without input), once every image has loaded. */
  async layoutShift(): Promise<number> {
    await this.page.waitForLoadState('networkidle');
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          // Buffered entries are delivered in the observer's first callback, before the next frame.
          requestAnimationFrame(() => setTimeout(() => resolve(sum), 50));
        }),
    );
  }

  /** Each result thumbnail's declared size (its attributes) and the size it is shown at. */
  thumbnailBoxes(): Promise<{ declared: number[]; shown: number[] }[]> {
    return this.page.locator('#search-results img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({
        declared: [Number(img.getAttribute('width')), Number(img.getAttribute('height'))],
        shown: [img.getBoundingClientRect().width, img.getBoundingClientRect().height].map(Math.round),
      })),
    );
  }

  otherLanguageLink(): Promise<string | null> {
    return this.page.locator('#search-help .search-other a').getAttribute('href');
  }
}
