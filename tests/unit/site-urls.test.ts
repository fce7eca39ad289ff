import { describe, expect, it } from 'vitest';
import viLinks from '../../src/i18n/editor/vi/links.json' with { type: 'json' };
import enLinks from '../../src/i18n/editor/en/links.json' with { type: 'json' };
import { editorText, type EditorKey } from '../../src/i18n/editor.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { internalLinkFindings, linkTarget } from '../../src/lib/gate/links.ts';
import { buildRoutes, calendarYearUrl, yearWindow } from '../../src/lib/routing.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import {
  cardRoutes,
  endpointUrls,
  isIndexable,
  isIndexableUrl,
  isSearchable,
  urlStates,
  type UrlStatesInput,
} from '../../src/lib/site-urls.ts';
import { NOW } from './fixtures.ts';

const PAST = new Date('2025-01-01T00:00:00Z');
const at = (publishAt: Date, extra: Record<string, unknown> = {}) => ({
  title: 't',
  description: 'd',
  publishAt,
  draft: false,
  ...extra,
});
const input: UrlStatesInput = {
  entries: [
    { collection: 'heritage', id: 'vi/den-duom', data: at(PAST) },
    { collection: 'heritage', id: 'en/den-duom', data: at(PAST) },
    { collection: 'heritage', id: 'vi/ban-nhap', data: at(PAST, { draft: true }) },
    { collection: 'articles', id: 'vi/sap-dang', data: at(new Date('2025-12-01T00:00:00Z')) },
    { collection: 'products', id: 'vi/het-han', data: at(PAST, { expiresAt: new Date('2025-06-01T00:00:00Z') }) },
    { collection: 'pages', id: 'vi/about', data: at(PAST) },
    { collection: 'pages', id: 'vi/contact', data: at(PAST) },
  ],
  anniversaries: [
    { id: 'quoc-khanh', data: { date: '1945-09-02', category: 'national', name: { vi: 'Quốc khánh' }, draft: false } },
    { id: 'bi-mat', data: { date: '2000-01-01', category: 'local', name: { vi: 'Bí mật' }, draft: true } },
  ],
  now: NOW,
};
const states = urlStates(input);
const prefixes = LOCALES.map((l) => (l.path ? `/${l.path}/` : '/'));

describe('yearWindow', () => {
  it('is last year, this year and next year in Vietnam time', () => {
    expect(yearWindow(NOW)).toEqual({ current: 2025, years: [2024, 2025, 2026] });
    // 31 December 17:30 UTC is already 1 January in Vietnam.
    expect(yearWindow(new Date('2025-12-31T17:30:00Z')).current).toBe(2026);
  });
  it('gives a calendar page to the years of the window only', () => {
    expect(calendarYearUrl('en', 2024, NOW)).toBe('/en/calendar/2024/');
    expect(calendarYearUrl('en', 2025, NOW)).toBe('/en/calendar/');
    expect(calendarYearUrl('en', 2023, NOW)).toBeUndefined();
    expect(calendarYearUrl('en', 2027, NOW)).toBeUndefined();
  });
});

describe('urlStates', () => {
  it('marks every page the build writes as published, in every locale', () => {
    const routes = buildRoutes(buildSiteModel({}, [], NOW), { notFound: true });
    for (const r of routes) expect(states.get(r.url), r.url).toBe('published');
    for (const prefix of prefixes) {
      for (const path of ['', 'calendar/', 'search/', 'anniversaries/', 'anniversaries/quoc-khanh/', 'heritage/'])
        expect(states.get(prefix + path), prefix + path).toBe('published');
    }
  });
  it('has the calendar page of every year of the window, and no other', () => {
    for (const { code } of LOCALES) {
      for (const year of yearWindow(NOW).years) {
        const url = calendarYearUrl(code, year, NOW)!;
        expect(states.get(url), url).toBe('published');
      }
    }
    expect(states.get('/calendar/2024/')).toBe('published');
    expect(states.get('/calendar/2026/')).toBe('published');
    expect(states.has('/calendar/2025/')).toBe(false);
    expect(states.has('/calendar/2023/')).toBe(false);
    expect(states.has('/calendar/2027/')).toBe(false);
  });
  it('has the feeds, the icons, the site-wide files and the social cards', () => {
    for (const url of [
      '/rss.xml',
      '/en/rss.xml',
      '/zh/rss.xml',
      '/calendar.ics',
      '/en/calendar.ics',
      '/ko/calendar.ics',
      '/manifest.webmanifest',
      '/robots.txt',
      '/sitemap-index.xml',
      '/404.html',
      '/icon-192.png',
      '/icon-512.png',
      '/apple-touch-icon.png',
      '/og/index.jpg',
      '/og/heritage/den-duom.jpg',
      '/og/en/calendar/2026.jpg',
    ])
      expect(states.get(url), url).toBe('published');
    expect(states.has('/og/search.jpg')).toBe(false);
    expect(states.has('/og/en/404.jpg')).toBe(false);
  });
  it('has the published entries and anniversaries', () => {
    expect(states.get('/heritage/den-duom/')).toBe('published');
    expect(states.get('/en/heritage/den-duom/')).toBe('published');
    expect(states.get('/about/')).toBe('published');
    expect(states.get('/contact/')).toBe('published');
  });
  it('gives held-back entries and draft anniversaries their state', () => {
    expect(states.get('/heritage/ban-nhap/')).toBe('draft');
    expect(states.get('/articles/sap-dang/')).toBe('scheduled');
    expect(states.get('/products/het-han/')).toBe('expired');
    for (const prefix of prefixes) expect(states.get(`${prefix}anniversaries/bi-mat/`), prefix).toBe('draft');
  });
  it('knows nothing of pages no content makes', () => {
    for (const url of ['/heritage/khong-co/', '/ko/heritage/den-duom/', '/rss/', '/rss.xml/', '/404/', '/en/og/'])
      expect(states.has(url), url).toBe(false);
  });
  it('does not stop on two entries that want one URL (the content check reports that)', () => {
    const clash = {
      ...input,
      entries: [...input.entries, { collection: 'pages' as const, id: 'vi/heritage', data: at(PAST) }],
    };
    expect(urlStates(clash).get('/heritage/')).toBe('published');
  });
});

describe('indexability', () => {
  const routes = buildRoutes(buildSiteModel({}, [], NOW), { notFound: true });
  it('keeps the search pages and the 404s out, by route and by URL', () => {
    for (const r of routes) expect(isIndexableUrl(r.url), r.url).toBe(isIndexable(r));
    for (const url of ['/search/', '/en/search/', '/404/', '/en/404/', '/ko/404/'])
      expect(isIndexableUrl(url), url).toBe(false);
    for (const url of ['/', '/en/', '/calendar/', '/calendar/2026/', '/heritage/den-duom/'])
      expect(isIndexableUrl(url), url).toBe(true);
  });
  it('gives social cards to the indexable pages only', () => {
    const kinds = new Set(cardRoutes(routes).map((r) => r.kind));
    expect(kinds.has('search')).toBe(false);
    expect(kinds.has('not-found')).toBe(false);
    expect(kinds.has('calendar')).toBe(true);
  });
  it('puts detail pages only into the search index', () => {
    expect(isSearchable({ kind: 'entry' })).toBe(true);
    expect(isSearchable({ kind: 'anniversary' })).toBe(true);
    for (const kind of ['home', 'list', 'anniversaries', 'calendar', 'search', 'not-found'] as const)
      expect(isSearchable({ kind }), kind).toBe(false);
  });
});

describe('endpointUrls', () => {
  it('names the feeds of each locale', () => {
    expect(endpointUrls('vi')).toEqual({ rss: '/rss.xml', ics: '/calendar.ics' });
    expect(endpointUrls('zh')).toEqual({ rss: '/zh/rss.xml', ics: '/zh/calendar.ics' });
  });
});

describe('internalLinkFindings', () => {
  const cases: [href: string, key: EditorKey | undefined][] = [
    ['/calendar/2024/', undefined],
    ['/calendar/2026/', undefined],
    ['/en/calendar/2024/', undefined],
    ['/calendar/', undefined],
    ['/rss.xml', undefined],
    ['/en/rss.xml', undefined],
    ['/calendar.ics', undefined],
    ['/en/calendar.ics', undefined],
    ['/heritage/den-duom/', undefined],
    ['/heritage/den-duom/?utm_source=x', undefined],
    ['/heritage/den-duom/#lich-su', undefined],
    ['/heritage/den-duom?a=1#b', undefined],
    ['/heritage/den-duom', undefined],
    ['/heritage/%64en-duom/', undefined],
    ['/heritage/den%2Dduom', undefined],
    ['/heritage/../heritage/den-duom/', undefined],
    ['/anniversaries/bi-mat/', 'link.unpublished'],
    ['/en/anniversaries/bi-mat', 'link.unpublished'],
    ['/heritage/ban-nhap/', 'link.unpublished'],
    ['/articles/sap-dang/#x', 'link.unpublished'],
    ['/products/het-han/?x=1', 'link.unpublished'],
    ['/heritage/khong-co/', 'link.unknown'],
    ['/ko/heritage/den-duom/', 'link.unknown'],
    ['/calendar/2027/', 'link.unknown'],
    ['/rss', 'link.unknown'],
    ['/heritage/%E0%A4%A', 'link.malformed'],
    ['/heritage/%zz/', 'link.malformed'],
    // Not site-relative: judged elsewhere.
    ['//example.com/heritage/', undefined],
    ['https://example.com/x/', undefined],
    ['#lich-su', undefined],
    ['heritage/den-duom/', undefined],
  ];
  it.each(cases)('%s → %s', (href, key) => {
    const findings = internalLinkFindings(href, states);
    expect(findings.map((f) => f.key)).toEqual(key ? [key] : []);
    for (const f of findings) expect(f.params).toEqual({ path: href });
  });
  it('shows the link and one message whatever the state, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const texts = ['/heritage/ban-nhap/', '/articles/sap-dang/', '/products/het-han/', '/anniversaries/bi-mat/'].map(
        (href) => editorText(internalLinkFindings(href, states)[0]!.key, { path: 'X' }, lang),
      );
      expect(new Set(texts).size).toBe(1);
      expect(texts[0]).toContain('X');
      expect(texts[0]).toMatch(lang === 'vi' ? /chưa đăng/ : /not published/);
      expect(texts[0]).not.toMatch(/draft|scheduled|expired|nháp|hẹn giờ|hết hạn/i);
    }
    const unknown = editorText('link.unknown', { path: '/x/' }, 'en');
    expect(unknown).toContain('/x/');
    expect(unknown).toContain('/en/heritage/den-duom/');
  });
  it('has the same keys and placeholders in Vietnamese and English', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(enLinks).sort()).toEqual(Object.keys(viLinks).sort());
    for (const [key, vi] of Object.entries(viLinks))
      expect(placeholders(enLinks[key as keyof typeof enLinks]), key).toEqual(placeholders(vi));
  });
  it('normalises a link to the URL a browser would request', () => {
    expect(linkTarget('/heritage/den-duom?x#y')).toBe('/heritage/den-duom/');
    expect(linkTarget('/en/rss.xml')).toBe('/en/rss.xml');
    expect(linkTarget('/')).toBe('/');
    expect(linkTarget('/t%E1%BB%A9c')).toBe('/tức/');
    expect(linkTarget('/%E0%A4%A')).toBeUndefined();
  });
});
