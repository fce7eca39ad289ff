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

  /** Link of the first card in a home block (`heritage`, `products`, `articles`). */
  firstCardLink(block: string): Promise<string | null> {
    return this.page
      .locator(`#home-${block} ~ ul a, section[aria-labelledby=home-${block}] .card a`)
      .first()
      .getAttribute('href');
  }
}
