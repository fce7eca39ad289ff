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
  calendarView,
  upcomingItems,
  type AnniversaryListView,
  type AnniversaryView,
  type CalendarView,
  type OccurrenceItem,
} from './anniversary-view.ts';
import { entryBadge, entryCard, entryFacts, coverImage, instant, publishedDay } from './entry-view.ts';
import { relatedEntries } from './related.ts';
import type { Badge, Card, CoverImage, EntryFacts, Link, TimeLabel } from './entry-view.ts';
import { LISTED, listUrl, SEARCH_TYPES, searchUrl, type ListedCollection, type Route } from './routing.ts';
import type { Entry, SiteModel } from './site-model.ts';

export interface HomeView {
  kind: 'home';
  upcoming: OccurrenceItem[];
  anniversariesUrl: string;
  blocks: { id: ListedCollection; title: string; url: string; cards: Card[]; showDate: boolean }[];
}
export interface ListView {
  kind: 'list';
  cards: Card[];
  showDate: boolean;
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
  /** What to read next (`relatedEntries`), dated for articles. */
  related: { cards: Card[]; showDate: boolean };
  /** What Pagefind records: type filter, date sort, and the text whose "đ" words are folded. */
  search: { type: string; date: string; foldText?: string | undefined };
  share: { url: string; title: string };
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

export function viewModel(route: Route, model: SiteModel, t: Translate, absolute: (path: string) => string): ViewModel {
  const { locale } = route;
  switch (route.kind) {
    case 'home':
      return homeView(model, locale, t);
    case 'list':
      return {
        kind: 'list',
        cards: model.entries(route.collection, locale).map((e) => entryCard(e, t)),
        showDate: route.collection === 'articles',
      };
    case 'entry':
      return entryView(route.entry, model, t, absolute(route.url));
    case 'anniversaries':
      return anniversaryListView(model, locale, t);
    case 'anniversary':
      return anniversaryView(route.anniversary, model, locale, t);
    case 'calendar':
      return calendarView(route.year, model, locale, t);
    case 'search':
      return searchView(locale, t);
    case 'not-found':
      return { kind: 'not-found', homeUrl: localeUrl(locale) };
  }
}

function homeView(model: SiteModel, locale: LocaleCode, t: Translate): HomeView {
  const counts = siteConfig.home;
  const block = (id: ListedCollection, title: string, count: number) => ({
    id,
    title,
    url: listUrl(locale, id),
    cards: model
      .entries(id, locale)
      .slice(0, count)
      .map((e) => entryCard(e, t)),
    showDate: id === 'articles',
  });
  return {
    kind: 'home',
    upcoming: upcomingItems(model, locale, t, counts.upcoming),
    anniversariesUrl: listUrl(locale, 'anniversaries'),
    blocks: [
      block('heritage', t('home.featuredHeritage'), counts.heritage),
      block('products', t('home.featuredProducts'), counts.products),
      block('articles', t('home.latest'), counts.articles),
    ].filter((b) => b.cards.length > 0),
  };
}

function entryView(entry: Entry, model: SiteModel, t: Translate, absoluteUrl: string): EntryView {
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
    related: {
      cards: relatedEntries(entry, model).map((e) => entryCard(e, t)),
      showDate: entry.collection === 'articles',
    },
    search: {
      type: entry.collection,
      date: publishedDay(entry),
      foldText: foldsD(lang) ? `${data.title} ${data.description} ${entry.body ?? ''}` : undefined,
    },
    share: { url: absoluteUrl, title: data.title },
  };
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
