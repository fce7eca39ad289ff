/**
 * The editor at /admin/ (Decap CMS), as an editor uses it: by the Vietnamese labels on screen.
 * With languages side by side, the left pane is the Vietnamese version (pane 0), the right one
 * the language chosen there (pane 1: English by default).
 */
import type { Locator, Page } from 'playwright-core';

export class CmsPage {
  /** CSP violations and console errors seen on the page, for the test to assert none. */
  readonly problems: string[] = [];

  readonly page: Page;
  readonly origin: string;

  constructor(page: Page, origin: string) {
    this.page = page;
    this.origin = origin;
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) this.problems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    // Leaving an entry with unsaved changes asks first; the tests leave the refused one.
    page.on('dialog', (d) => void d.accept());
  }

  async open(): Promise<void> {
    await this.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await this.page.goto(`${this.origin}/admin/`);
    // The local proxy's sign-in is one button: the dev server is on the editor's own machine.
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await this.page.getByText('Bộ sưu tập').first().waitFor();
  }

  async newEntry(collection: string): Promise<void> {
    await this.page.goto(`${this.origin}/admin/#/collections/${collection}/new`);
    await this.field('Tiêu đề').waitFor();
  }

  /** From the collection's list, as an editor does (a bare URL change keeps the last form's state). */
  async openEntry(collection: string, summary: string): Promise<void> {
    await this.page.goto(`${this.origin}/admin/#/collections/${collection}`);
    await this.page.getByText(summary, { exact: true }).first().click();
  }

  field(label: string | RegExp, pane = 0): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' }).nth(pane);
  }

  async fill(label: string | RegExp, value: string, pane = 0): Promise<void> {
    await this.field(label, pane).fill(value);
  }

  /** A select: open it by its label, pick the option by its (localized) label. */
  async choose(label: string, option: string, pane = 0): Promise<void> {
    await this.field(label, pane).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The image field's media library: upload a file and insert it. */
  async uploadImage(file: string, pane = 0): Promise<void> {
    await this.page.getByRole('button', { name: 'Chọn một hình' }).nth(pane).click();
    await this.page.locator('input[type=file]').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
  }

  /** The body as Markdown text (the editor's "Markdown" mode, not the formatted one). */
  async body(markdown: string, pane = 0): Promise<void> {
    const control = this.page.locator('[aria-label="markdown field"]').nth(pane);
    // The switch between the formatted editor and Markdown text; in Markdown the toolbar is off.
    if (await control.getByTitle('Bold').isEnabled()) await control.getByRole('switch').click();
    await control.getByTitle('Bold').and(this.page.locator('[disabled]')).waitFor();
    await control.locator('[contenteditable="true"]').fill(markdown);
  }

  /** "Công bố ngay": with the local proxy, a save writes the files at once. */
  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await this.page.getByText('Công bố ngay').click();
  }

  /** The notification Decap shows after a save, success or error. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.Toastify__toast').filter({ hasText: text }).first();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-output/screenshots/cms-${name}.png` });
  }
}
