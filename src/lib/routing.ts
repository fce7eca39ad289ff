/**
 * Every URL of the site, derived from the published site model and the locale table.
 * `getStaticPaths` of the one catch-all page calls `buildRoutes`; the switcher, hreflang and
 * breadcrumbs call the helpers below, so they can never point at a page that was not built.
 * The endpoints, indexability and the URL states of the content check are in site-urls.ts.
 */
import { LOCALES, localeUrl, type Locale, type LocaleCode } from '../i18n/locales.ts';
import { COLLECTIONS, type EntryCollection } from '../schemas/collections.ts';
import { vnCalendarDay } from './dates.ts';
import { fail } from './errors.ts';
import { filterPages, hasFilterPage, type Facet } from './list-filters.ts';
import type { Anniversary, Entry, SiteModel } from './site-model.ts';

/** Collections with a list page; `pages` entries live at the root (`/about/`). */
export type ListedCollection = Exclude<EntryCollection, 'pages'>;
export const LISTED: readonly ListedCollection[] = COLLECTIONS.filter((c): c is ListedCollection => c !== 'pages');
/** The main menu: the listed collections and the calendar. */
export const NAV_SECTIONS = [...LISTED, 'calendar'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];
/** What the search page can filter by (Pagefind's `type` filter). */
export const SEARCH_TYPES = [...LISTED, 'anniversaries', 'pages'] as const;

interface RouteBase {
  locale: LocaleCode;
  /** Site-relative URL with a trailing slash: `/en/heritage/atk-dinh-hoa/`. */
  url: string;
}
export type Route = RouteBase &
  (
    | { kind: 'home' }
    | { kind: 'list'; collection: ListedCollection }
    /** A list filtered on one facet (list-filters.ts): `/en/heritage/type/relic/`; `sample` has the value. */
    | { kind: 'filter'; collection: ListedCollection; facet: Facet; value: string; sample: Entry }
    | { kind: 'entry'; entry: Entry }
    | { kind: 'anniversaries' }
    | { kind: 'anniversary'; anniversary: Anniversary }
    /** `current`: the year of the build's clock, served at `/calendar/`; others at `/calendar/<year>/`. */
    | { kind: 'calendar'; year: number; current: boolean }
    | { kind: 'search' }
    | { kind: 'not-found' }
  );

export function entryUrl(entry: Pick<Entry, 'collection' | 'locale' | 'slug'>): string {
  return entry.collection === 'pages'
    ? localeUrl(entry.locale, entry.slug)
    : localeUrl(entry.locale, entry.collection, entry.slug);
}

export function listUrl(locale: LocaleCode, collection: ListedCollection | 'anniversaries'): string {
  return localeUrl(locale, collection);
}

export function filterUrl(locale: LocaleCode, collection: ListedCollection, facet: Facet, value: string): string {
  return localeUrl(locale, collection, facet, value);
}

export function searchUrl(locale: LocaleCode): string {
  return localeUrl(locale, 'search');
}

export function anniversaryUrl(locale: LocaleCode, id: string): string {
  return localeUrl(locale, 'anniversaries', id);
}

export function calendarUrl(locale: LocaleCode, year?: number): string {
  return year === undefined ? localeUrl(locale, 'calendar') : localeUrl(locale, 'calendar', String(year));
}

/**
 * The calendar years the site covers at `now` (Vietnam time): last year, this year and next
 * year. The calendar pages, their prev/next links and the iCalendar feeds all cover these.
 */
export function yearWindow(now: Date): { current: number; years: readonly number[] } {
  const current = vnCalendarDay(now).year;
  return { current, years: [current - 1, current, current + 1] };
}

/** The calendar page of `year` (the current year at `/calendar/`), or none outside the window. */
export function calendarYearUrl(locale: LocaleCode, year: number, now: Date): string | undefined {
  const { current, years } = yearWindow(now);
  return years.includes(year) ? calendarUrl(locale, year === current ? undefined : year) : undefined;
}

export function notFoundRoute(locale: LocaleCode): Route {
  return { kind: 'not-found', locale, url: localeUrl(locale, '404') };
}

/**
 * `notFound`: add the 404 pages of the prefixed locales (the default one is src/pages/404.astro).
 * `clashes: 'keep'`: keep both routes of a URL two pages want instead of stopping (for the
 * content check, which reports the clash itself).
 */
export function buildRoutes(
  model: SiteModel,
  options: { notFound?: boolean; clashes?: 'fail' | 'keep' } = {},
): Route[] {
  const routes: Route[] = [];
  for (const { code: locale } of LOCALES) {
    routes.push({ kind: 'home', locale, url: localeUrl(locale) });
    for (const collection of LISTED)
      routes.push({ kind: 'list', locale, collection, url: listUrl(locale, collection) });
    for (const collection of LISTED)
      for (const { facet, value, sample } of filterPages(model, collection, locale)) {
        const url = filterUrl(locale, collection, facet, value);
        routes.push({ kind: 'filter', locale, collection, facet, value, sample, url });
      }
    for (const collection of COLLECTIONS) {
      for (const entry of model.entries(collection, locale))
        routes.push({ kind: 'entry', locale, entry, url: entryUrl(entry) });
    }
    routes.push({ kind: 'anniversaries', locale, url: listUrl(locale, 'anniversaries') });
    for (const anniversary of model.anniversaries) {
      routes.push({ kind: 'anniversary', locale, anniversary, url: anniversaryUrl(locale, anniversary.id) });
    }
    const { current, years } = yearWindow(model.now);
    for (const year of years) {
      const url = calendarYearUrl(locale, year, model.now)!;
      routes.push({ kind: 'calendar', locale, year, current: year === current, url });
    }
    routes.push({ kind: 'search', locale, url: searchUrl(locale) });
    // The default locale's 404 is `src/pages/404.astro` (served as /404.html).
    if (options.notFound && locale !== LOCALES[0].code) routes.push(notFoundRoute(locale));
  }
  const seen = new Set<string>();
  for (const r of routes) {
    if (seen.has(r.url) && options.clashes !== 'keep')
      fail(
        `Two pages want the URL ${r.url}.`,
        'Rename one of the entries: a page may not take the name of a section (heritage, calendar…).',
      );
    seen.add(r.url);
  }
  return routes;
}

/** The same page in another locale, when it exists there. */
export function routeIn(route: Route, locale: LocaleCode, model: SiteModel): string | undefined {
  switch (route.kind) {
    case 'home':
      return localeUrl(locale);
    case 'list':
      return listUrl(locale, route.collection);
    case 'filter':
      return hasFilterPage(model, route.collection, locale, route.facet, route.value)
        ? filterUrl(locale, route.collection, route.facet, route.value)
        : undefined;
    case 'anniversaries':
      return listUrl(locale, 'anniversaries');
    case 'anniversary':
      return anniversaryUrl(locale, route.anniversary.id);
    case 'calendar':
      return calendarUrl(locale, route.current ? undefined : route.year);
    case 'search':
      return searchUrl(locale);
    case 'not-found':
      return undefined;
    case 'entry': {
      const other = model.get(route.entry.collection, locale, route.entry.slug);
      return other ? entryUrl(other) : undefined;
    }
  }
}

/** hreflang alternates: every locale the page exists in (itself included), plus x-default. */
export function alternates(route: Route, model: SiteModel): { hreflang: string; url: string }[] {
  const links = LOCALES.flatMap((l) => {
    const url = routeIn(route, l.code, model);
    return url ? [{ hreflang: l.lang, url, code: l.code }] : [];
  });
  if (links.length < 2) return [];
  const fallback = links.find((l) => l.code === LOCALES[0].code);
  return [
    ...links.map(({ hreflang, url }) => ({ hreflang, url })),
    ...(fallback ? [{ hreflang: 'x-default', url: fallback.url }] : []),
  ];
}

export interface SwitcherLink {
  locale: Locale;
  url: string;
  /** The page exists in that language; otherwise `url` is that language's home. */
  available: boolean;
  current: boolean;
}

/** One link per locale for the language switcher; where the page is missing, that locale's home. */
export function switcherLinks(route: Route, model: SiteModel): SwitcherLink[] {
  return LOCALES.map((l) => {
    const url = routeIn(route, l.code, model);
    return { locale: l, url: url ?? localeUrl(l.code), available: url !== undefined, current: l.code === route.locale };
  });
}
