/** A preview build cannot pass for the real site: every page is noindex and bannered. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/build.ts';
import { readSite, type BuiltPage } from './support/site.ts';

let work: string;
let pages: Map<string, BuiltPage>;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'preview-'));
  buildSite({
    contentDir: 'tests/fixtures/content-embargo',
    outDir: work,
    siteNow: '2025-06-01T08:00:00+07:00',
    preview: true,
  });
  pages = readSite(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('preview build', () => {
  it('marks every page noindex and shows the preview moment in its language', () => {
    expect(pages.size).toBeGreaterThan(20);
    for (const page of pages.values()) {
      expect(page.$('meta[name=robots]').attr('content'), page.url).toBe('noindex, nofollow');
      // The CMS page is the editor's tool, not a page of the site: no banner to show.
      if (!page.url.startsWith('/admin/')) expect(page.$('.preview-banner').text(), page.url).not.toBe('');
    }
    expect(pages.get('/en/')!.$('.preview-banner').text()).toContain('June 1, 2025');
  });
  it('shows what is published at that moment', () => {
    expect(pages.has('/articles/embargo-co-offset/')).toBe(true);
  });
  it('refuses to run without SITE_NOW', () => {
    expect(() =>
      buildSite({ contentDir: 'tests/fixtures/content-embargo', outDir: join(work, 'x'), preview: true }),
    ).toThrow(/A preview needs a moment: SITE_NOW=/);
  });
});
