/**
 * The typed view model of each route kind: everything a view template shows, computed here
 * from the site model so that no `.astro` file loads, sorts, filters or groups anything.
 */
import { getLocale, LOCALES, localeUrl, type LocaleCode } from '../i18n/locales.ts';
import { enumLabel, pluralTemplates, type Translate } from '../i18n/ui.ts';
import { foldsD, scriptOfLocale, type SearchClientConfig } from './search-text.ts';
import { siteConfig } from '../site.config.ts';
import {
  anniversaryListView,
  anniversaryView,
  upcomingItems,
  type AnniversaryListView,
  type AnniversaryView,
  type OccurrenceItem,
} from './anniversary-view.ts';
import { calendarView, type CalendarView } from './calendar-view.ts';
import { entryBadge, entryCard, entryFacts, coverImage, instant, publishedDay } from './entry-view.ts';
import { pageContacts, type ContactCard } from './contacts.ts';
import { neighbours, type PrevNext } from './prev-next.ts';
import { relatedItems, relatedLinks, type RelatedLink } from './related.ts';
import { tableOfContents, type Heading, type TocItem } from './toc.ts';
import type { Badge, Card, CoverImage, EntryFacts, Link, TimeLabel } from './entry-view.ts';
import { facetGroups, filterEntries } from './list-filters.ts';
import {
  entryUrl,
  filterUrl,
  LISTED,
  listUrl,
  SEARCH_TYPES,
  searchUrl,
  type ListedCollection,
  type Route,
} from './routing.ts';
import type { Entry, SiteModel } from './site-model.ts';
import { provinceMap, type ProvinceMapView } from './map.ts';
import { mapLinks } from './map-links.ts';

export interface HomeView {
  kind: 'home';
  /** Entry points for a visitor, an investor, a journalist (`siteConfig.home.start`). */
  start: { id: string; label: string; url: string; title: string }[];
  /** The newest article, shown large before everything else. */
  lead?: Card | undefined;
  /** Heritage, products, then the articles after the lead; `allLabel` names the list it links to. */
  blocks: { id: ListedCollection; title: string; url: string; allLabel: string; cards: Card[]; showDate: boolean }[];
  upcoming: OccurrenceItem[];
  anniversariesUrl: string;
}
export interface ListView {
  kind: 'list';
  cards: Card[];
  showDate: boolean;
  /** Rows of filter links (list-filters.ts): the whole list first, then each value with its count. */
  filters: { label: string; links: (Link & { count?: number | undefined; current: boolean })[] }[];
  /** The province map with the listed places (heritage list only; map.ts). */
  map?: ProvinceMapView | undefined;
}
export interface EntryView {
  kind: 'entry';
  badge?: Badge | undefined;
  title: string;
  description: string;
  /** Articles, relics, products… show their dates; the site's own pages do not. */
  published?: TimeLabel | undefined;
  updated?: TimeLabel | undefined;
  cover?: CoverImage | undefined;
  facts: EntryFacts;
  tags: string[];
  /** What to read next (related.ts): explicit links first, then shared places and tags. */
  related: RelatedLink[];
  /** Neighbours in the section's list (prev-next.ts); none for the site's own pages. */
  prevNext: PrevNext;
  /** Contents of a long body (toc.ts): empty under three `h2`s. */
  toc: TocItem[];
  /** The office's channels listed for this page (a contact's `pages`); empty elsewhere. */
  contacts: ContactCard[];
  /** What Pagefind records: type filter, date sort, and the text whose "đ" words are folded. */
  search: { type: string; date: string; foldText?: string | undefined };
  share: { url: string; title: string };
  /** The province map (the about page; map.ts). */
  map?: ProvinceMapView | undefined;
  /** "Open in maps" links of a place with coordinates, in this language's map services (map-links.ts). */
  mapLinks: Link[];
}
export interface SearchView {
  kind: 'search';
  /** The form's action: this page, so it works as a plain GET form without JavaScript. */
  action: string;
  types: { id: string; label: string }[];
  sections: Link[];
  /** The client script's strings and links, serialised into the form's `data-search`. */
  client: SearchClientConfig;
}
export interface NotFoundView {
  kind: 'not-found';
  homeUrl: string;
}
export type ViewModel =
  HomeView | ListView | EntryView | AnniversaryListView | AnniversaryView | CalendarView | SearchView | NotFoundView;

export function viewModel(
  route: Route,
  model: SiteModel,
  t: Translate,
  absolute: (path: string) => string,
  /** The compiled body's headings (entry pages), for the table of contents. */
  headings: readonly Heading[] = [],
): ViewModel {
  const { locale } = route;
  switch (route.kind) {
    case 'home':
      return homeView(model, locale, t);
    case 'list':
    case 'filter':
      return listView(route, model, t);
    case 'entry':
      return entryView(route.entry, model, t, absolute(route.url), headings);
    case 'anniversaries':
      return anniversaryListView(model, locale, t);
    case 'anniversary':
      return anniversaryView(route.anniversary, model, locale, t);
    case 'calendar':
      return calendarView(route.year, model, locale, t, absolute);
    case 'search':
      return searchView(locale, t);
    case 'not-found':
      return { kind: 'not-found', homeUrl: localeUrl(locale) };
  }
}

function listView(route: Extract<Route, { kind: 'list' | 'filter' }>, model: SiteModel, t: Translate): ListView {
  const { collection, locale } = route;
  const active = route.kind === 'filter' ? route : undefined;
  const entries = active
    ? filterEntries(model, collection, locale, active.facet, active.value)
    : model.entries(collection, locale);
  const all = model.entries(collection, locale).length;
  return {
    kind: 'list',
    cards: entries.map((e) => entryCard(e, t)),
    showDate: collection === 'articles',
    map: collection === 'heritage' && !active ? provinceMap(model, locale, t) : undefined,
    filters: facetGroups(model, collection, locale, t).map((g) => ({
      label: enumLabel(t, 'filter.facet.', g.facet),
      links: [
        { url: listUrl(locale, collection), label: t('filter.all'), count: all, current: !active },
        ...g.values.map((v) => ({
          url: filterUrl(locale, collection, g.facet, v.value),
          label: v.label,
          count: v.count,
          current: active?.facet === g.facet && active.value === v.value,
        })),
      ],
    })),
  };
}

function homeView(model: SiteModel, locale: LocaleCode, t: Translate): HomeView {
  const counts = siteConfig.home;
  const [lead, ...articles] = model.entries('articles', locale);
  const block = (id: ListedCollection, title: string, allLabel: string, entries: readonly Entry[]) => ({
    id,
    title,
    url: listUrl(locale, id),
    allLabel,
    cards: entries.map((e) => entryCard(e, t)),
    showDate: id === 'articles',
  });
  return {
    kind: 'home',
    start: counts.start.flatMap((s) => {
      const entry = model.get(s.collection, locale, s.slug);
      return entry ? [{ id: s.id, label: t(`home.${s.id}`), url: entryUrl(entry), title: entry.data.title }] : [];
    }),
    lead: lead && entryCard(lead, t),
    blocks: [
      block(
        'heritage',
        t('home.featuredHeritage'),
        t('home.allHeritage'),
        model.entries('heritage', locale).slice(0, counts.heritage),
      ),
      block(
        'products',
        t('home.featuredProducts'),
        t('home.allProducts'),
        model.entries('products', locale).slice(0, counts.products),
      ),
      block('articles', t('home.latest'), t('home.allArticles'), articles.slice(0, counts.articles)),
    ].filter((b) => b.cards.length > 0),
    upcoming: upcomingItems(model, locale, t, counts.upcoming),
    anniversariesUrl: listUrl(locale, 'anniversaries'),
  };
}

function entryView(
  entry: Entry,
  model: SiteModel,
  t: Translate,
  absoluteUrl: string,
  headings: readonly Heading[],
): EntryView {
  const { data } = entry;
  const lang = getLocale(entry.locale).lang;
  const dated = entry.collection !== 'pages';
  return {
    kind: 'entry',
    badge: entryBadge(entry, t),
    title: data.title,
    description: data.description,
    published: dated ? instant(data.publishAt, lang) : undefined,
    updated: dated && data.updatedAt ? instant(data.updatedAt, lang) : undefined,
    cover: coverImage(entry),
    facts: entryFacts(entry, model, t),
    tags: data.tags,
    related: relatedLinks(relatedItems({ kind: 'entry', entry }, model, entry.locale), entry.locale, t),
    prevNext:
      entry.collection === 'pages'
        ? {}
        : neighbours(model.entries(entry.collection, entry.locale), entry, (e) => ({
            url: entryUrl(e),
            label: e.data.title,
          })),
    toc: tableOfContents(headings),
    contacts: entry.collection === 'pages' ? pageContacts(model.contacts, entry.slug, entry.locale) : [],
    search: {
      type: entry.collection,
      date: publishedDay(entry),
      foldText: foldsD(lang) ? `${data.title} ${data.description} ${entry.body ?? ''}` : undefined,
    },
    share: { url: absoluteUrl, title: data.title },
    map: entry.collection === 'pages' && entry.slug === 'about' ? provinceMap(model, entry.locale, t) : undefined,
    mapLinks: placeLinks(entry, t),
  };
}

/** The map services of the entry's language, pointing at the heritage site's coordinates. */
function placeLinks(entry: Entry, t: Translate): Link[] {
  const point = entry.collection === 'heritage' ? entry.data.location.coordinates : undefined;
  if (!point) return [];
  const host = new URL(siteConfig.url).host;
  return mapLinks(entry.locale, { ...point, name: entry.data.title }, host).map((l) => ({
    url: l.url,
    label: enumLabel(t, 'map.service.', l.service),
  }));
}

function searchView(locale: LocaleCode, t: Translate): SearchView {
  // Where to send a query typed in another language's script (Hangul on the Chinese page…).
  const otherScripts = Object.fromEntries(
    LOCALES.filter((l) => l.code !== locale)
      .map((l) => [scriptOfLocale(l.script), { label: l.label, url: searchUrl(l.code) }] as const)
      .filter(([script]) => script !== 'latin' && script !== 'other'),
  );
  const types = SEARCH_TYPES.map((id) => ({ id, label: enumLabel(t, 'collection.', id) }));
  return {
    kind: 'search',
    action: searchUrl(locale),
    types,
    sections: [...LISTED, 'anniversaries' as const].map((c) => ({
      url: listUrl(locale, c),
      label: enumLabel(t, 'collection.', c),
    })),
    // Read by src/scripts/search-page.ts: `{query}`-style placeholders, every plural form.
    client: {
      more: t('search.more'),
      results: pluralTemplates(locale, 'search.results', { query: '{query}' }),
      none: t('search.none', { query: '{query}' }),
      otherLanguage: t('search.otherLanguage', { language: '{language}' }),
      loading: t('search.loading'),
      types: Object.fromEntries(types.map((type) => [type.id, type.label])),
      otherScripts,
    },
  };
}
