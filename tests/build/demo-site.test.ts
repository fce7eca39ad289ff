/**
 * Assertions on the demo site built by `npm run build` (dist/): every locale's routes exist
 * with the exact <html lang>, canonical links, and reciprocal hreflang pointing at real pages.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localeFromUrl, getLocale } from '../../src/i18n/locales.ts';
import { siteConfig } from '../../src/site.config.ts';
import { demoDist } from '../support/built-demo.ts';
import { readSite, sitePath, type BuiltPage } from './support/site.ts';

const DIST = process.env.DEMO_DIST ?? 'dist';
let pages: Map<string, BuiltPage>;

beforeAll(() => {
  pages = readSite(demoDist());
});

const prefixes = LOCALES.map((l) => (l.path ? `/${l.path}/` : '/'));
const sections = ['articles', 'heritage', 'products', 'sovereignty', 'partners', 'anniversaries'];

describe('routes', () => {
  it('has every locale home and every collection list', () => {
    for (const p of prefixes) {
      expect(pages.has(p), p).toBe(true);
      for (const s of sections) expect(pages.has(`${p}${s}/`), `${p}${s}/`).toBe(true);
    }
  });
  it('has at least three detail pages per collection in every locale', () => {
    for (const p of prefixes) {
      for (const s of sections) {
        const details = [...pages.keys()].filter((u) => u.startsWith(`${p}${s}/`) && u !== `${p}${s}/`);
        expect(details.length, `${p}${s}/`).toBeGreaterThanOrEqual(3);
      }
      for (const page of ['about', 'contact', 'press-guide'])
        expect(pages.has(`${p}${page}/`), `${p}${page}/`).toBe(true);
    }
  });
  it('has a localized 404 per locale', () => {
    expect(pages.get('/404')?.$('html').attr('lang')).toBe('vi');
    for (const l of LOCALES.slice(1)) expect(pages.get(`/${l.path}/404/`)?.$('html').attr('lang')).toBe(l.lang);
  });
});

describe('every page', () => {
  it('carries the exact lang of its locale', () => {
    for (const page of pages.values()) {
      expect(page.$('html').attr('lang'), page.url).toBe(getLocale(localeFromUrl(page.url)).lang);
    }
  });
  it('has a canonical link to itself (404 pages excepted), and is indexable but for the 404 and search pages', () => {
    for (const page of pages.values()) {
      if (/(^|\/)404\/?$/.test(page.url)) {
        expect(page.$('meta[name=robots]').attr('content')).toMatch(/^noindex/);
        continue;
      }
      expect(page.$('link[rel=canonical]').attr('href'), page.url).toBe(new URL(page.url, siteConfig.url).href);
      // Search result pages are noindex (and out of the sitemap), as Google asks of them.
      if (/(^|\/)search\/$/.test(page.url)) {
        expect(page.$('meta[name=robots]').attr('content'), page.url).toMatch(/^noindex/);
        continue;
      }
      expect(page.$('meta[name=robots]').length, `${page.url} must be indexable`).toBe(0);
      expect(page.$('.preview-banner').length, page.url).toBe(0);
    }
  });
  it('has reciprocal hreflang alternates that point at built pages, with x-default', () => {
    let checked = 0;
    for (const page of pages.values()) {
      const alts = page
        .$('link[rel=alternate][hreflang]')
        .toArray()
        .map((el) => ({
          hreflang: page.$(el).attr('hreflang')!,
          path: sitePath(page.$(el).attr('href')!, siteConfig.url),
        }));
      if (alts.length === 0) continue;
      expect(
        alts.some((a) => a.path === page.url),
        `${page.url} lists itself`,
      ).toBe(true);
      expect(
        alts.filter((a) => a.hreflang === 'x-default'),
        page.url,
      ).toHaveLength(1);
      for (const a of alts) {
        const target = pages.get(a.path);
        expect(target, `${page.url} → ${a.path}`).toBeDefined();
        if (a.hreflang === 'x-default') continue;
        expect(target!.$('html').attr('lang'), a.path).toBe(a.hreflang);
        const back = target!
          .$('link[rel=alternate][hreflang]')
          .toArray()
          .map((el) => sitePath(target!.$(el).attr('href')!, siteConfig.url));
        expect(back, `${a.path} links back to ${page.url}`).toContain(page.url);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
  it('has a language switcher whose links all lead to built pages', () => {
    for (const page of pages.values()) {
      const links = page
        .$('nav.lang-switcher a')
        .toArray()
        .map((el) => page.$(el).attr('href')!);
      expect(links.length + page.$('nav.lang-switcher [aria-current]').length, page.url).toBe(LOCALES.length);
      for (const href of links) expect(pages.has(href), `${page.url} switcher → ${href}`).toBe(true);
    }
  });
  it('shows tilde ranges as text, never as strikethrough', () => {
    for (const page of pages.values()) expect(page.$('del').length, page.url).toBe(0);
  });
  it('takes its palette from the site configuration', () => {
    const css = pages
      .get('/')!
      .$('link[rel=stylesheet]')
      .toArray()
      .map((el) => readFileSync(`${DIST}${pages.get('/')!.$(el).attr('href')}`, 'utf8'))
      .join('');
    expect(css).toContain(`--accent:${siteConfig.colors.accent}`);
    expect(css).toContain(`--accent:${siteConfig.colors.dark.accent}`);
  });
  it('runs client JavaScript only where an issue allows it: search pages and the share box of detail pages', () => {
    for (const page of pages.values()) {
      const code = page
        .$('script')
        .toArray()
        .filter((s) => page.$(s).attr('type') !== 'application/ld+json');
      const csp = page.$('meta[http-equiv=content-security-policy]').attr('content') ?? '';
      // Content can load nothing from elsewhere, whatever slipped through: the policy says so itself.
      for (const directive of [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ])
        expect(csp, page.url).toContain(directive);
      if (/(^|\/)search\/$/.test(page.url)) {
        expect(
          code.map((s) => page.$(s).attr('src')),
          page.url,
        ).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
        expect(csp).toContain("'wasm-unsafe-eval'");
      } else if (page.$('[data-share]').length > 0) {
        expect(code.length, page.url).toBe(1);
        expect(csp, page.url).not.toContain('wasm-unsafe-eval');
      } else {
        expect(code.length, page.url).toBe(0);
        expect(csp, page.url).not.toContain('wasm-unsafe-eval');
      }
      for (const el of page.$('[src], link[rel=stylesheet], link[rel=icon]').toArray()) {
        const ref = page.$(el).attr('src') ?? page.$(el).attr('href')!;
        expect(ref.startsWith('/'), `${page.url}: ${ref}`).toBe(true);
      }
    }
  });
  it('marks only published detail pages for the search index, with the exact lang', () => {
    const indexed = [...pages.values()].filter((p) => p.$('[data-pagefind-body]').length > 0);
    expect(indexed.length).toBeGreaterThan(300);
    for (const p of indexed)
      expect(p.url, p.url).toMatch(
        /^\/((en|zh|ko)\/)?(articles|heritage|products|sovereignty|partners|anniversaries)\/[a-z0-9-]+\/$|^\/((en|zh|ko)\/)?(about|contact|press-guide|co-quan-chu-quan|tiep-can)\/$/,
      );
    expect(pages.get('/search/')!.$('[data-pagefind-body]').length).toBe(0);
    // Result thumbnails: a small WebP of the cover, or explicitly none (never a full-size fallback).
    for (const p of indexed) {
      const image = p
        .$('[data-pagefind-meta^="image:"]')
        .toArray()
        .map((el) => p.$(el).attr('data-pagefind-meta'));
      expect(image, p.url).toEqual([expect.stringMatching(/^image:(\/_astro\/[\w-]+\.webp)?$/)]);
    }
    const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(LOCALES.map((l) => l.lang.toLowerCase()).sort());
    for (const l of LOCALES)
      expect(entry.languages[l.lang.toLowerCase()]!.page_count, l.code).toBe(
        indexed.filter((p) => localeFromUrl(p.url) === l.code).length,
      );
  });
});
