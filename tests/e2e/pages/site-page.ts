/** What every page of the site has: the exact lang, a main heading, the language switcher. */
import type { Page } from 'playwright-core';

export class SitePage {
  readonly page: Page;
  readonly origin: string;
  constructor(page: Page, origin: string) {
    this.page = page;
    this.origin = origin;
  }

  async open(path: string): Promise<void> {
    const response = await this.page.goto(this.origin + path);
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  }

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  lang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  heading(): Promise<string> {
    return this.page.locator('h1').first().innerText();
  }

  /** Labels of the switcher, in order. */
  switcherLabels(): Promise<string[]> {
    return this.page.locator('nav.lang-switcher li').allInnerTexts();
  }

  /** Whether the switcher says this page is missing in that language. */
  async isMissing(label: string): Promise<boolean> {
    return (await this.page.locator('nav.lang-switcher a.missing', { hasText: label }).count()) > 0;
  }

  /** Follows the switcher to the language with this native label. */
  async switchTo(label: string): Promise<void> {
    await Promise.all([
      this.page.waitForLoadState('load'),
      this.page.locator('nav.lang-switcher a', { hasText: label }).first().click(),
    ]);
    await this.page.waitForURL((url) => url.pathname !== '' && url.href !== 'about:blank');
  }
}
