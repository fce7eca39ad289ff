import { describe, expect, it } from 'vitest';
import { alternates, buildRoutes, entryUrl, switcherLinks, type Route } from '../../src/lib/routing.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { entry, NOW } from './fixtures.ts';

const model = buildSiteModel(
  {
    heritage: [
      entry('vi/den-duom'),
      entry('en/den-duom'),
      entry('vi/only-vi'),
      entry('en/future', { publishAt: new Date('2026-01-01T00:00:00Z') }),
    ],
    pages: [entry('vi/about'), entry('ko/about')],
  },
  [
    {
      id: 'quoc-khanh',
      data: {
        date: '1945-09-02',
        category: 'national',
        name: { vi: 'Quốc khánh', en: 'National Day', zh: '国庆', ko: '국경일' },
      },
    },
  ],
  NOW,
);
const routes = buildRoutes(model, { notFound: true });
const byUrl = new Map(routes.map((r) => [r.url, r]));

describe('routes', () => {
  it('has a home, list pages, detail pages and anniversary pages in every locale', () => {
    for (const prefix of ['/', '/en/', '/zh/', '/ko/']) {
      for (const path of [
        '',
        'heritage/',
        'articles/',
        'products/',
        'sovereignty/',
        'partners/',
        'anniversaries/',
        'anniversaries/quoc-khanh/',
      ]) {
        expect(byUrl.has(prefix + path), prefix + path).toBe(true);
      }
    }
    expect(byUrl.get('/heritage/den-duom/')?.kind).toBe('entry');
    expect(byUrl.get('/about/')?.kind).toBe('entry');
    expect(byUrl.get('/ko/about/')?.kind).toBe('entry');
    expect(byUrl.get('/en/404/')?.kind).toBe('not-found');
  });
  it('builds no page for an unpublished entry', () => {
    expect(byUrl.has('/en/heritage/future/')).toBe(false);
  });
  it('refuses two entries that want the same URL', () => {
    const clash = buildSiteModel({ pages: [entry('vi/heritage')] }, [], NOW);
    expect(() => buildRoutes(clash)).toThrow(/Two pages want the URL \/heritage\//);
  });
  it('builds entry URLs with the collection, pages at the root', () => {
    expect(entryUrl({ collection: 'products', locale: 'zh', slug: 'mien' })).toBe('/zh/products/mien/');
    expect(entryUrl({ collection: 'pages', locale: 'vi', slug: 'contact' })).toBe('/contact/');
  });
});

describe('hreflang and switcher', () => {
  const at = (url: string) => byUrl.get(url) as Route;
  it('lists every existing translation and x-default pointing at Vietnamese', () => {
    expect(alternates(at('/en/heritage/den-duom/'), model)).toEqual([
      { hreflang: 'vi', url: '/heritage/den-duom/' },
      { hreflang: 'en', url: '/en/heritage/den-duom/' },
      { hreflang: 'x-default', url: '/heritage/den-duom/' },
    ]);
    expect(alternates(at('/zh/'), model).map((a) => a.hreflang)).toEqual(['vi', 'en', 'zh-Hans', 'ko', 'x-default']);
  });
  it('gives no alternates to a page that exists in one language only', () => {
    expect(alternates(at('/heritage/only-vi/'), model)).toEqual([]);
  });
  it('sends the switcher to the translation, or to that language home when there is none', () => {
    const links = switcherLinks(at('/heritage/only-vi/'), model);
    expect(links.map((l) => [l.locale.code, l.url, l.available, l.current])).toEqual([
      ['vi', '/heritage/only-vi/', true, true],
      ['en', '/en/', false, false],
      ['zh', '/zh/', false, false],
      ['ko', '/ko/', false, false],
    ]);
  });
});
