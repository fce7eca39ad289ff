/** The route data of each page kind, from a small in-memory model: what the templates render. */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { displayWidth } from '../../src/lib/page-meta.ts';
import { routeData, type RouteData } from '../../src/lib/route-data.ts';
import type { ViewModel } from '../../src/lib/route-views.ts';
import { buildRoutes, notFoundRoute, type Route } from '../../src/lib/routing.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { entry, NOW } from './fixtures.ts';

const SITE = 'https://example.gov.vn';
const model = buildSiteModel(
  {
    heritage: [
      entry('vi/den', {
        type: 'relic',
        ranking: { level: 'special-national', year: 2014 },
        location: { commune: 'Định Hóa', coordinates: { lat: 21.9, lng: 105.6 } },
      }),
      entry('en/den', { type: 'relic', location: { commune: 'Dinh Hoa' } }),
      entry('vi/mieu', { type: 'relic', location: { commune: 'Phú Đình' } }),
      entry('zh/mieu', { type: 'relic', location: { commune: '富庭乡', area: '原定化县' } }),
    ],
    products: [
      entry('vi/che', {
        stars: 5,
        certifiedYear: 2023,
        category: 'drinks',
        commune: 'Tân Cương',
        producer: { name: 'HTX Hảo Đạt', phone: '0208 000 000' },
        shops: [{ platform: 'voso', url: 'https://voso.vn/che' }],
      }),
    ],
    articles: [
      entry('en/rebuttal', {
        kind: 'rebuttal',
        anniversary: 'quoc-khanh',
        claim: { statement: 'A false claim.', verdict: 'False.' },
        publishAt: new Date('2025-08-30T00:00:00Z'),
      }),
      entry('en/older', { kind: 'news', anniversary: 'quoc-khanh', publishAt: new Date('2024-08-30T00:00:00Z') }),
    ],
    partners: [
      entry('en/gb', {
        country: 'KR',
        region: 'Gyeongsangbuk-do',
        relationship: 'memorandum',
        agreements: [{ year: 2005, title: 'Agreement' }],
      }),
    ],
    pages: [entry('vi/contact', { order: 20 }), entry('vi/about', { order: 10 })],
  },
  [
    {
      id: 'quoc-khanh',
      data: { date: '1945-09-02', category: 'national', name: { vi: 'Quốc khánh', en: 'National Day' } },
    },
    {
      id: 'tet',
      data: { lunar: { month: 1, day: 1 }, category: 'festival', name: { vi: 'Tết', en: 'Lunar New Year' } },
    },
    {
      id: 'bien-phong',
      data: { date: '1959-03-03', category: 'national', name: { vi: 'Biên phòng', en: 'Border Guard Day' } },
    },
  ],
  NOW,
);
const routes = buildRoutes(model, { notFound: true });
const data = (url: string, preview = false): RouteData => {
  const route = routes.find((r) => r.url === url) ?? (url === '/404.html' ? notFoundRoute('vi') : undefined);
  if (!route) throw new Error(`no route ${url}`);
  return routeData(route, model, { translations: useTranslations, site: SITE, preview });
};
function view<K extends ViewModel['kind']>(d: RouteData, kind: K): Extract<ViewModel, { kind: K }> {
  expect(d.view.kind).toBe(kind);
  return d.view as Extract<ViewModel, { kind: K }>;
}

describe('route data: head and chrome', () => {
  it('gives the home page its absolute canonical, hreflang with x-default, and no current section', () => {
    const d = data('/en/');
    expect(d.locale.lang).toBe('en');
    expect(d.head.canonical).toBe(`${SITE}/en/`);
    expect(d.head.alternates.map((a) => a.hreflang)).toEqual(['vi', 'en', 'zh-Hans', 'ko', 'x-default']);
    expect(d.head.alternates.every((a) => a.url.startsWith(`${SITE}/`))).toBe(true);
    // "… | Thai Nguyen Province" would pass 60 characters, and the home title names the province.
    expect(d.head.title).toBe(useTranslations('en')('home.title'));
    expect(data('/en/heritage/').head.title).toBe(`Heritage | ${useTranslations('en')('locality.fullName')}`);
    expect(d.nav.map((n) => n.url)).toEqual([
      '/en/articles/',
      '/en/heritage/',
      '/en/products/',
      '/en/sovereignty/',
      '/en/partners/',
      '/en/calendar/',
    ]);
    expect(d.nav.some((n) => n.current)).toBe(false);
    expect(d.head.image).toBe(`${SITE}/og/en.jpg`);
  });
  it('marks the section of a detail page and lists the footer pages by their order', () => {
    const d = data('/heritage/den/');
    expect(d.nav.filter((n) => n.current).map((n) => n.url)).toEqual(['/heritage/']);
    expect(d.footer.pages.map((p) => p.url)).toEqual(['/about/', '/contact/']);
    expect(d.head.ogType).toBe('article');
    expect(d.searchable).toBe(true);
  });
  it('sends the switcher to a missing translation’s home page and says so in that language', () => {
    const zh = data('/heritage/den/').switcher.find((l) => l.locale.code === 'zh')!;
    expect(zh).toMatchObject({ available: false, url: '/zh/', current: false });
    expect(zh.missingLabel).toBe(useTranslations('zh')('switcher.missing'));
    expect(data('/heritage/den/').head.ogAlternates).toEqual(['en_US']);
  });
  it('makes a 404 noindex, without canonical or JSON-LD, and a preview build noindex with its date', () => {
    const notFound = data('/404.html');
    expect(notFound.head).toMatchObject({ noindex: true, canonical: undefined, image: undefined, structuredData: [] });
    const preview = data('/en/', true);
    expect(preview.head.noindex).toBe(true);
    expect(preview.previewDate).toMatch(/2025/);
    expect(data('/en/').previewDate).toBeUndefined();
  });
  it('lets only the search page widen its CSP for WebAssembly, and keeps it out of the index', () => {
    expect(data('/en/search/')).toMatchObject({ wasm: true, searchable: false });
    expect(data('/en/search/').head.image).toBeUndefined();
    // Search result pages are noindex as well as out of the sitemap (one rule: isIndexable).
    expect(data('/en/search/').head.noindex).toBe(true);
    expect(routes.filter((r) => data(r.url).wasm).every((r: Route) => r.kind === 'search')).toBe(true);
  });
  it('gives entry pages their publication times, other pages none', () => {
    expect(data('/en/articles/rebuttal/').head.article).toEqual({
      published: '2025-08-30T00:00:00.000Z',
      modified: '2025-08-30T00:00:00.000Z',
    });
    expect(data('/en/').head.article).toBeUndefined();
  });
  it('keeps every <title> within 60 columns', () => {
    for (const r of routes) expect(displayWidth(data(r.url).head.title), r.url).toBeLessThanOrEqual(60);
  });
});

describe('route data: views', () => {
  it('home: upcoming occurrences with ordinals, and only blocks that have entries', () => {
    const home = view(data('/'), 'home');
    expect(home.blocks.map((b) => b.id)).toEqual(['heritage', 'products']);
    expect(home.upcoming[0]).toMatchObject({ url: '/anniversaries/quoc-khanh/', name: 'Quốc khánh', weight: 'major' });
    expect(home.upcoming[0]!.ordinal).toBe(useTranslations('vi')('anniversary.ordinal', { count: 80 }));
  });
  it('relic: badge from the ranking, location and ranking facts, a landmark with coordinates', () => {
    const d = data('/heritage/den/');
    const v = view(d, 'entry');
    expect(v.badge).toEqual({ label: useTranslations('vi')('heritage.ranking.special-national'), accent: true });
    expect(v.facts.rows[0]).toEqual([useTranslations('vi')('heritage.location'), 'Định Hóa']);
    expect(v.search.foldText).toContain('Title vi/den');
    expect(view(data('/en/heritage/den/'), 'entry').search.foldText).toBeUndefined();
    // Chinese joins commune and area with a full-width comma.
    expect(view(data('/zh/heritage/mieu/'), 'entry').facts.rows[0]![1]).toBe('富庭乡，原定化县');
    const landmark = d.head.structuredData.find((o) => 'geo' in o) as Record<string, unknown>;
    expect(landmark['@type']).toEqual(['LandmarksOrHistoricalBuildings', 'TouristAttraction']);
  });
  it('product: stars, producer contact and shops', () => {
    const v = view(data('/products/che/'), 'entry');
    expect(v.badge).toMatchObject({ accent: true });
    expect(v.badge!.label.startsWith('★★★★★')).toBe(true);
    expect(v.facts.rows.map(([, value]) => value)).toContain('0208 000 000');
    expect(v.facts.shops).toEqual([{ url: 'https://voso.vn/che', label: 'voso' }]);
  });
  it('rebuttal: the claim on the page, a ClaimReview, and a link to the anniversary it marks', () => {
    const d = data('/en/articles/rebuttal/');
    const v = view(d, 'entry');
    expect(v.facts.claim).toEqual({ statement: 'A false claim.', verdict: 'False.' });
    expect(v.facts.anniversary).toEqual({ url: '/en/anniversaries/quoc-khanh/', label: 'National Day' });
    expect(d.head.structuredData.map((o) => (o as { '@type': string })['@type'])).toContain('ClaimReview');
  });
  it('partner: the country named in the page language, agreements with their year', () => {
    const v = view(data('/en/partners/gb/'), 'entry');
    expect(v.facts.rows).toContainEqual([useTranslations('en')('partner.country'), 'South Korea']);
    expect(v.facts.agreements).toEqual(['2005: Agreement']);
  });
  it('anniversaries: grouped by category in table order, sorted by name, lunar dates in words', () => {
    const v = view(data('/en/anniversaries/'), 'anniversaries');
    expect(v.groups.map((g) => g.id)).toEqual(['national', 'festival']);
    expect(v.groups[0]!.items.map((i) => i.name)).toEqual(['Border Guard Day', 'National Day']);
    expect(v.groups[0]!.items[1]!.date.iso).toBe('1945-09-02');
    expect(v.groups[1]!.items[0]!.date).toEqual({
      label: useTranslations('en')('anniversary.lunar', { day: 1, month: 1 }),
    });
  });
  it('calendar: every month as a grid, articles of that year only, prev/next inside the window', () => {
    const v = view(data('/en/calendar/'), 'calendar');
    expect(v.year).toBe(2025);
    expect(v).toMatchObject({ prev: '/en/calendar/2024/', next: '/en/calendar/2026/', ics: '/en/calendar.ics' });
    const all = [...v.past, ...v.months];
    expect(all).toHaveLength(12);
    const september = all.find((m) => m.events.some((o) => o.url.endsWith('/quoc-khanh/')))!;
    expect(september.events[0]!.articles.map((a) => a.url)).toEqual(['/en/articles/rebuttal/']);
    // Tết 2025 fell on 29 January; Border Guard Day is 3 March, National Day 2 September.
    expect(all.filter((m) => m.events.length > 0).map((m) => m.name)).toEqual(['January', 'March', 'September']);
    expect(view(data('/en/calendar/2024/'), 'calendar').prev).toBeUndefined();
  });
  it('search: every plural form of the result count, and other scripts sent to their language', () => {
    const en = view(data('/en/search/'), 'search');
    expect(Object.keys(en.client.results).sort()).toEqual(['one', 'other']);
    const zh = view(data('/zh/search/'), 'search');
    expect(zh.client.otherScripts).toEqual({ hangul: { label: '한국어', url: '/ko/search/' } });
    expect(zh.types.map((t) => t.id)).toContain('anniversaries');
  });
  it('gives every route of the model a view of its own kind', () => {
    // A filtered list is a list.
    for (const r of routes) expect(data(r.url).view.kind, r.url).toBe(r.kind === 'filter' ? 'list' : r.kind);
  });
});

describe('route data as a cache key', () => {
  // src/data/site-data.ts keys each page for Astro's incremental build by the JSON of its route
  // data: a Map, Set or function would turn into {} or nothing, and a change inside it would
  // not re-render the page.
  const opaque = (value: unknown, path: string): string[] => {
    if (value instanceof Map || value instanceof Set || typeof value === 'function' || typeof value === 'symbol')
      return [path];
    if (value === null || typeof value !== 'object' || value instanceof Date) return [];
    return Object.entries(value).flatMap(([k, v]) => opaque(v, `${path}.${k}`));
  };
  it('holds only what JSON keeps, on every page of the model', () => {
    const all = routes.flatMap((r) =>
      opaque(routeData(r, model, { translations: useTranslations, site: SITE, preview: false }), r.url),
    );
    expect(routes.length).toBeGreaterThan(20);
    expect(all).toEqual([]);
  });
});
