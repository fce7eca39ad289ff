/**
 * Browse and plan, in the built demo: the static filter pages of the lists (in every language,
 * with the right entries, unique titles and matching hreflang), the press-release list, and the
 * visitor calendar (today, public holidays, per-event .ics files read by ical.js).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { occurrence, type AnniversaryData } from '../../src/lib/anniversaries.ts';
import { isoDay, vnCalendarDay } from '../../src/lib/dates.ts';
import { demoDist, demoNow } from '../support/built-demo.ts';

const DIST = demoDist();
const prefix = (path: string) => (path ? `/${path}` : '');
const page = (url: string): CheerioAPI => load(readFileSync(`${DIST}${url}index.html`, 'utf8'));
const built = (url: string) => existsSync(`${DIST}${url}${url.endsWith('/') ? 'index.html' : ''}`);
/** Front matter of a content file. */
const front = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
/** The cards of a list page, as entry URLs. */
const cards = ($: CheerioAPI) =>
  $('main ul.grid > li a[href]')
    .map((_, a) => $(a).attr('href'))
    .get()
    .filter((h, i, all) => all.indexOf(h) === i)
    .sort();

/** The published entries of a collection in a language whose front matter passes `keep`. */
function entriesWhere(collection: string, path: string, lang: string, keep: (d: Record<string, unknown>) => boolean) {
  const dir = `content/${collection}/${lang}`;
  return readdirSync(dir)
    .filter((f) => keep(front(`${dir}/${f}`)))
    .map((f) => `${prefix(path)}/${collection}/${f.replace(/\.mdx?$/, '')}/`)
    .filter(built)
    .sort();
}

describe('filter pages', () => {
  const cases = [
    ['heritage', 'type', 'relic', (d: Record<string, unknown>) => d.type === 'relic'],
    ['products', 'stars', '5', (d: Record<string, unknown>) => d.stars === 5],
    ['products', 'category', 'drinks', (d: Record<string, unknown>) => d.category === 'drinks'],
    ['articles', 'kind', 'press-release', (d: Record<string, unknown>) => d.kind === 'press-release'],
    ['partners', 'country', 'KR', (d: Record<string, unknown>) => d.country === 'KR'],
  ] as const;
  for (const l of LOCALES) {
    for (const [collection, facet, value, keep] of cases) {
      const url = `${prefix(l.path)}/${collection}/${facet}/${value}/`;
      it(`${url} lists exactly the entries with that value, marked current in the filter row`, () => {
        const $ = page(url);
        const expected = entriesWhere(collection, l.path, l.code, keep);
        expect(expected.length).toBeGreaterThan(0);
        expect(cards($)).toEqual(expected);
        const current = $('nav.list-filters a[aria-current="page"]');
        expect(current).toHaveLength(1);
        expect(current.attr('href')).toBe(url);
        expect(current.find('.count').text()).toBe(String(expected.length));
      });
    }
  }

  it('puts a filter row on each list with a link per value, and builds each of them', () => {
    for (const l of LOCALES) {
      const $ = page(`${prefix(l.path)}/heritage/`);
      const links = $('nav.list-filters a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links).toContain(`${prefix(l.path)}/heritage/type/scenic/`);
      expect(links.some((h) => h.includes('/heritage/area/'))).toBe(true);
      for (const h of links) expect(built(h), h).toBe(true);
      // On the list itself, "All" is the current page.
      expect($('nav.list-filters a[aria-current="page"]').first().attr('href')).toBe(`${prefix(l.path)}/heritage/`);
    }
  });

  it('gives every filter page a unique title and description, hreflang to its peers, and a sitemap entry', () => {
    const sitemap = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    let count = 0;
    for (const l of LOCALES) {
      for (const collection of ['heritage', 'products', 'articles', 'partners', 'sovereignty']) {
        const base = `${DIST}${prefix(l.path)}/${collection}`;
        for (const facet of ['type', 'area', 'stars', 'category', 'kind', 'country', 'topic']) {
          if (!existsSync(`${base}/${facet}`)) continue;
          for (const value of readdirSync(`${base}/${facet}`)) {
            const url = `${prefix(l.path)}/${collection}/${facet}/${value}/`;
            const $ = page(url);
            count += 1;
            titles.add($('title').text());
            descriptions.add($('meta[name="description"]').attr('content')!);
            const alternates = $('link[rel="alternate"][hreflang]')
              .map((_, a) => new URL($(a).attr('href')!).pathname)
              .get();
            expect(alternates, url).toContain(url);
            for (const a of alternates) expect(built(a), `${url} → ${a}`).toBe(true);
            expect(sitemap, url).toContain(`${url}</loc>`);
          }
        }
      }
    }
    expect(count).toBeGreaterThan(4 * 20);
    expect(titles.size).toBe(count);
    expect(descriptions.size).toBe(count);
  });

  it('makes no page for a value no entry has', () => {
    for (const l of LOCALES) expect(built(`${prefix(l.path)}/heritage/type/none/`)).toBe(false);
    // The demo has no handicraft products.
    expect(entriesWhere('products', '', 'vi', (d) => d.category === 'handicrafts')).toEqual([]);
    expect(built('/products/category/handicrafts/')).toBe(false);
  });
});

describe('visitor calendar', () => {
  const now = demoNow();
  const today = isoDay(vnCalendarDay(now));
  const year = vnCalendarDay(now).year;
  const yaml = (id: string) => parse(readFileSync(`content/anniversaries/${id}.yaml`, 'utf8')) as AnniversaryData;

  it('marks today (the build day) in the grid and opens on the current month', () => {
    for (const l of LOCALES) {
      const $ = page(`${prefix(l.path)}/calendar/`);
      const todayCell = $('td[aria-current="date"]');
      expect(todayCell).toHaveLength(1);
      const month = Number(today.slice(5, 7));
      expect(todayCell.closest('section').attr('id')).toBe(`m-${month}`);
      expect(Number(todayCell.text().trim())).toBe(Number(today.slice(8)));
      expect($('.cal-months').first().find('section.cal-month').first().attr('id')).toBe(`m-${month}`);
      expect($('.month-jump a')).toHaveLength(12);
    }
  });

  it('marks the public holidays as data says: National Day and Tết in every year page', () => {
    for (const y of [year - 1, year, year + 1]) {
      const url = y === year ? '/en/calendar/' : `/en/calendar/${y}/`;
      const $ = page(url);
      const holidays = $('td.holiday a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(holidays, url).toContain(`#e-quoc-khanh-${y}-09-02`);
      const tet = occurrence('tet-nguyen-dan', yaml('tet-nguyen-dan'), y)!.date;
      expect(holidays, url).toContain(`#e-tet-nguyen-dan-${tet}`);
      // Not every national day is a day off.
      expect(holidays.some((h) => h.startsWith('#e-nha-giao-viet-nam-'))).toBe(false);
      expect($(`#e-quoc-khanh-${y}-09-02 .badge.holiday`).text()).toMatch(/Public holiday/);
    }
  });

  it('gives each event an .ics file that ical.js reads as that one all-day event, per language', () => {
    for (const l of LOCALES) {
      const $ = page(`${prefix(l.path)}/calendar/${year + 1}/`);
      const links = $('a[type="text/calendar"][download]');
      expect(links.length).toBeGreaterThan(30);
      const uids = new Set<string>();
      links.each((_, a) => {
        const href = $(a).attr('href')!;
        const [, date] = /(\d{4}-\d{2}-\d{2})\.ics$/.exec(href)!;
        const comp = new ICAL.Component(ICAL.parse(readFileSync(`${DIST}${href}`, 'utf8')) as unknown[]);
        const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
        expect(events, href).toHaveLength(1);
        expect(events[0]!.startDate.isDate).toBe(true);
        expect(events[0]!.startDate.toString()).toBe(date);
        expect(events[0]!.uid).toMatch(new RegExp(`^[a-z0-9-]+-${date}-${l.code}@`));
        uids.add(events[0]!.uid);
      });
      expect(uids.size).toBe(links.length);
    }
  });
});
