import { SitePage } from './site-page.ts';

/** A detail page: its badge, facts and breadcrumbs. */
export class EntryPage extends SitePage {
  badge(): Promise<string> {
    return this.page.locator('article .badge').first().innerText();
  }

  breadcrumbs(): Promise<string[]> {
    return this.page.locator('nav.breadcrumbs li').allInnerTexts();
  }
}
