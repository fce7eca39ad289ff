/**
 * The staff area (/staff/) and the CMS (/admin/) name drafts and scheduled entries, so they exist
 * only in `astro dev` and preview builds (src/integrations/editor-workspace.ts). The public demo
 * build has neither, nor any link to them; a preview build of a small fixture has every staff
 * page, noindex, and its schedule names an entry the public build of the same moment leaves out.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDist } from '../support/built-demo.ts';
import { buildSite, readTree } from './support/build.ts';
import { readSite, sitePath } from './support/site.ts';

const FIXTURE = 'tests/fixtures/content-staff';
// 10 December 2026, 09:00 in Vietnam: the fixture's article scheduled for the 20th is not out yet.
const NOW = '2026-12-10T09:00:00+07:00';
const SCHEDULED = 'STAFFSCHEDULED';
const STAFF_PAGES = [
  'staff/index.html',
  'staff/schedule/index.html',
  'staff/translations/index.html',
  'staff/calendar/2026/index.html',
];
const editorArea = (path: string) => /^\/(staff|admin)(\/|$)/.test(path);

describe('the public demo build', () => {
  it('has no staff/ and no admin/ folder', () => {
    const dist = demoDist();
    expect(existsSync(join(dist, 'staff'))).toBe(false);
    expect(existsSync(join(dist, 'admin'))).toBe(false);
    expect([...readTree(dist).keys()].filter((f) => editorArea(`/${f}`))).toEqual([]);
  });
  it('links to neither from any page', () => {
    const site = 'https://example.invalid/';
    const links: string[] = [];
    for (const page of readSite(demoDist()).values()) {
      page.$('[href], [src], [action]').each((_, el) => {
        const $el = page.$(el);
        const url = $el.attr('href') ?? $el.attr('src') ?? $el.attr('action') ?? '';
        // Absolute links to the site's own host count too: the demo's host is its SITE_URL.
        const path = /^https?:/.test(url) ? new URL(url).pathname : sitePath(url, site);
        if (editorArea(path)) links.push(`${page.url} → ${url}`);
      });
    }
    expect(links).toEqual([]);
  });
});

describe('a preview build', () => {
  let work: string;
  let preview: Map<string, Buffer>;
  let publicText: string;
  const html = (file: string) => load(preview.get(file)!.toString('utf8'));

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'staff-area-'));
    buildSite({ contentDir: FIXTURE, outDir: join(work, 'preview'), siteNow: NOW, preview: true });
    buildSite({ contentDir: FIXTURE, outDir: join(work, 'public'), siteNow: NOW });
    preview = readTree(join(work, 'preview'));
    const published = readTree(join(work, 'public'));
    publicText = [...published.values()].map((b) => b.toString('utf8')).join('\n');
    expect([...published.keys()].filter((f) => editorArea(`/${f}`))).toEqual([]);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has every staff page, noindex, in the editor’s language, bannered as not public', () => {
    for (const file of STAFF_PAGES) {
      expect(preview.has(file), file).toBe(true);
      const $ = html(file);
      expect($('meta[name=robots]').attr('content'), file).toBe('noindex, nofollow');
      expect($('html').attr('lang'), file).toBe('vi');
      expect($('.staff-banner').text(), file).toBe('Khu vực biên tập — không công khai');
    }
    const index = html('staff/index.html');
    const hrefs = index('main a')
      .map((_, a) => index(a).attr('href'))
      .get();
    expect(hrefs).toEqual(expect.arrayContaining(['/admin/', '/staff/calendar/2026/', '/staff/schedule/']));
  });

  it('lists in the schedule an entry that the public build of the same moment does not contain', () => {
    expect(publicText).not.toContain(SCHEDULED);
    const $ = html('staff/schedule/index.html');
    const row = $('tr[data-kind=scheduled]').filter((_, tr) => $(tr).text().includes(SCHEDULED));
    expect(row.length).toBe(2);
    expect(row.first().text()).toContain('20/12/2026 08:00');
    expect(row.first().find('a').attr('href')).toBe('/admin/#/collections/articles/entries/bai-hen-gio');
  });

  it('shows each plan item’s status and due date in its data-item element, and the new warnings', () => {
    const $ = html('staff/calendar/2026/index.html');
    const item = $('[data-item="bai-hen-gio-thang-12"]');
    expect(item.length).toBe(1);
    expect(item.text()).toContain('đang thực hiện');
    expect(item.text()).toContain('14/12/2026');
    const warnings = $('[data-warning]')
      .map((_, li) => $(li).attr('data-warning'))
      .get();
    expect(warnings).toEqual(expect.arrayContaining(['due-soon-missing-translation', 'review-due']));
  });

  it('serves the translation status as JSON for the CMS', () => {
    // Up to date or outdated depends on the fixture's git history, which this test does not set.
    const translated = expect.stringMatching(/^(up-to-date|outdated)$/);
    const json = JSON.parse(readFileSync(join(work, 'preview', 'staff', 'translations.json'), 'utf8')) as unknown;
    expect(json).toEqual({
      generatedAt: '2026-12-10T02:00:00.000Z',
      locales: ['vi', 'en', 'zh', 'ko'],
      rows: [
        { entry: 'articles/bai-hen-gio', states: { vi: 'source', en: translated, zh: 'missing', ko: 'missing' } },
        { entry: 'articles/ban-nhap', states: { vi: 'source', en: 'missing', zh: 'missing', ko: 'missing' } },
        {
          entry: 'articles/quoc-khanh-81-nam',
          states: { vi: 'source', en: translated, zh: 'missing', ko: 'missing' },
        },
      ],
    });
  });

  it('has the CMS: its own page and policy, its files, and a configuration for the forge', () => {
    const $ = html('admin/index.html');
    expect($('meta[name=robots]').attr('content')).toBe('noindex, nofollow');
    const csp = $('meta[http-equiv=content-security-policy]').attr('content') ?? '';
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain('https://git.thainguyen.example');
    const data = JSON.parse($('#cms-data').text()) as {
      config: { backend: { name: string }; publish_mode?: string; i18n: { locales: string[] }; locale: string };
    };
    expect(data.config.backend.name).toBe('forgejo');
    expect(data.config.publish_mode).toBe('editorial_workflow');
    expect(data.config.locale).toBe('vi');
    expect(data.config.i18n.locales).toEqual(['vi', 'en', 'zh', 'ko']);
    for (const file of ['admin/cms.js', 'admin/decap/decap-cms.js']) expect(preview.has(file), file).toBe(true);
    // The loose policy is the CMS page's alone: no site or staff page allows eval.
    const others = [...preview.keys()].filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(others.filter((f) => preview.get(f)!.toString('utf8').includes("'unsafe-eval'"))).toEqual([]);
  });
});
