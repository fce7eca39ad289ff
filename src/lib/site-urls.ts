/**
 * The one set of URLs. The pages come from `buildRoutes` (routing.ts); this module adds what
 * the build writes beside them (social cards, feeds, site-wide files), decides which pages are
 * indexable (sitemap, social cards, search index), and gives the content check the state of
 * every URL the content can have, from the same model and routes the build uses.
 */
import { DEFAULT_LOCALE, LOCALES, localeUrl, type LocaleCode } from '../i18n/locales.ts';
import type { EntryCollection } from '../schemas/collections.ts';
import type { AnniversaryData } from './anniversaries.ts';
import { publicationState, type PublicationFields, type PublicationState } from './publication.ts';
import { anniversaryUrl, buildRoutes, entryUrl, notFoundRoute, type Route } from './routing.ts';
import { buildSiteModel, splitId, type RawEntry } from './site-model.ts';

/**
 * Pages in the sitemap, with a social card and without `noindex`: every page but the search
 * pages and the 404s. Search result pages are noindex, as Google's guidelines ask of them.
 */
export function isIndexable(route: Pick<Route, 'kind'>): boolean {
  return route.kind !== 'search' && route.kind !== 'not-found';
}

/**
 * Pages whose text goes into the search index (`data-pagefind-body`): the indexable detail
 * pages. The home, list and calendar pages only repeat their titles.
 */
export function isSearchable(route: Pick<Route, 'kind'>): boolean {
  return isIndexable(route) && (route.kind === 'entry' || route.kind === 'anniversary');
}

let unindexed: ReadonlySet<string> | undefined;

/**
 * `isIndexable` for the sitemap, which sees URLs, not routes. Every page of an entry, an
 * anniversary or a year is indexable, so the routes that exist without content decide.
 */
export function isIndexableUrl(pathname: string): boolean {
  unindexed ??= new Set(
    [...buildRoutes(buildSiteModel({}, [], new Date(0)), { notFound: true }), notFoundRoute(DEFAULT_LOCALE)]
      .filter((r) => !isIndexable(r))
      .map((r) => r.url),
  );
  return !unindexed.has(pathname);
}

/** Size of the social cards (src/lib/og-card.ts), also declared in every page's Open Graph tags. */
export const OG_CARD = { width: 1200, height: 630 } as const;

/** The social card of a page: `/og/en/heritage/den-duom.jpg`, `/og/index.jpg` for `/`. */
export function ogImageUrl(pageUrl: string): string {
  return `/og${pageUrl === '/' ? '/index' : pageUrl.replace(/\/$/, '')}.jpg`;
}

/** Routes that get a social card. */
export function cardRoutes(routes: readonly Route[]): Route[] {
  return routes.filter(isIndexable);
}

/** Files built per locale (src/pages/[...locale]/): `/rss.xml`, `/en/calendar.ics`… */
export function endpointUrls(locale: LocaleCode): { rss: string; ics: string } {
  const home = localeUrl(locale);
  return { rss: `${home}rss.xml`, ics: `${home}calendar.ics` };
}

/** App icons rendered from the emblem (src/pages/[icon].png.ts): name and size in pixels. */
export const APP_ICONS = { 'icon-192': 192, 'icon-512': 512, 'apple-touch-icon': 180 } as const;
export type AppIcon = keyof typeof APP_ICONS;

export function iconUrl(icon: AppIcon): string {
  return `/${icon}.png`;
}

/** Image sizes inside `/favicon.ico` (src/pages/favicon.ico.ts), in pixels. */
export const FAVICON_SIZES = [16, 32, 48] as const;

/** Files built once for the whole site: src/pages/*.ts, src/pages/404.astro, the sitemap. */
export const SITE_FILES = {
  favicon: '/favicon.ico',
  manifest: '/manifest.webmanifest',
  robots: '/robots.txt',
  sitemap: '/sitemap-index.xml',
  notFound: '/404.html',
  securityTxt: '/.well-known/security.txt',
} as const;

/** Every URL a build of these routes writes: pages, social cards, feeds, icons, site-wide files. */
export function builtUrls(routes: readonly Route[]): string[] {
  return [
    ...routes.map((r) => r.url),
    ...cardRoutes(routes).map((r) => ogImageUrl(r.url)),
    ...LOCALES.flatMap((l) => Object.values(endpointUrls(l.code))),
    ...(Object.keys(APP_ICONS) as AppIcon[]).map(iconUrl),
    ...Object.values(SITE_FILES),
  ];
}

export interface UrlStatesInput {
  /** Entries whose schema check passed: every one has its `publishAt`. */
  entries: readonly {
    collection: EntryCollection;
    id: string;
    data: PublicationFields & { publishAt: Date } & Record<string, unknown>;
  }[];
  anniversaries: readonly { id: string; data: AnniversaryData }[];
  now: Date;
}

/**
 * Every URL the site can have: 'published' for each URL a build at `now` writes (the same model
 * and routes as the build), and the state of the page of each entry or anniversary that exists
 * in the content but is held back ('draft', 'scheduled', 'expired'). A URL not in the map
 * leads nowhere.
 */
export function urlStates(input: UrlStatesInput): Map<string, PublicationState> {
  const raw: Partial<Record<EntryCollection, RawEntry[]>> = {};
  for (const e of input.entries) (raw[e.collection] ??= []).push({ id: e.id, data: e.data });
  const model = buildSiteModel(raw, input.anniversaries, input.now);
  // Two entries wanting one URL is reported by the content check itself.
  const routes = buildRoutes(model, { notFound: true, clashes: 'keep' });

  const states = new Map<string, PublicationState>(builtUrls(routes).map((url) => [url, 'published']));
  const heldBack = (url: string, state: PublicationState) => {
    if (!states.has(url)) states.set(url, state);
  };
  for (const e of input.entries) {
    const state = publicationState(e.data, input.now);
    if (state !== 'published') heldBack(entryUrl({ collection: e.collection, ...splitId(e.id) }), state);
  }
  for (const a of input.anniversaries) {
    if (a.data.draft) for (const { code } of LOCALES) heldBack(anniversaryUrl(code, a.id), 'draft');
  }
  return states;
}
