import { localeUrl, type LocaleCode } from '../../../src/i18n/locales.ts';
import { SitePage } from './site-page.ts';

/** The home page of a locale: its sections and their cards. */
export class HomePage extends SitePage {
  openLocale(code: LocaleCode): Promise<void> {
    return this.open(localeUrl(code));
  }

  sectionHeadings(): Promise<string[]> {
    return this.page.locator('main h2').allInnerTexts();
  }

  /** Links of the cards in a home block (`heritage`, `products`, `articles`), in order. */
  cardLinks(block: string): Promise<string[]> {
    return this.page
      .locator(`section[aria-labelledby=home-${block}] .card a`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  }

  /** Link of the first card in a home block (`heritage`, `products`, `articles`). */
  firstCardLink(block: string): Promise<string | null> {
    return this.page
      .locator(`#home-${block} ~ ul a, section[aria-labelledby=home-${block}] .card a`)
      .first()
      .getAttribute('href');
  }
}
