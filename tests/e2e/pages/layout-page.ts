/** Any page seen for its layout: how much of the first screen the header takes, the switcher's lines, print. */
import { SitePage } from './site-page.ts';

export class LayoutPage extends SitePage {
  /** Bottom edge of the header from the top of the page, in CSS pixels. */
  headerBottom(): Promise<number> {
    return this.page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  }

  /** The distinct top offsets of the switcher's items: one value when it sits on one line. */
  async switcherRows(): Promise<number[]> {
    const tops = await this.page
      .locator('nav.lang-switcher li')
      .evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
    return [...new Set(tops)];
  }

  /** Whether anything sticks out past the right edge of the viewport (a sideways scroll). */
  overflowsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }

  /** Whether the first element matching `selector` is rendered (has a box). */
  async isShown(selector: string): Promise<boolean> {
    const el = this.page.locator(selector).first();
    if ((await el.count()) === 0) return false;
    return el.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return getComputedStyle(e).display !== 'none' && r.width > 0 && r.height > 0;
    });
  }

  /** Switches the page to print media, as Chromium's print preview does. */
  async emulatePrint(): Promise<void> {
    await this.page.emulateMedia({ media: 'print' });
  }

  /** The page printed to A4, as a PDF, and its number of pages. */
  async printPages(): Promise<{ pdf: Buffer; pages: number }> {
    const pdf = await this.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
    // Each page of the PDF is one `/Type /Page` object (`/Pages` is the tree that holds them).
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    return { pdf, pages };
  }

  /** Characters on the longest line of the longest paragraph of the body text. */
  charactersPerLine(): Promise<number> {
    return this.page
      .locator('.prose')
      .first()
      .evaluate((prose) => {
        const paragraphs = [...prose.querySelectorAll('p')];
        const longest = paragraphs.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
        if (!longest) return 0;
        const lines = new Map<number, number>();
        const range = document.createRange();
        const walker = document.createTreeWalker(longest, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getBoundingClientRect();
            if (rect.width === 0) continue;
            const top = Math.round(rect.top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
        }
        return Math.max(0, ...lines.values());
      });
  }
}
