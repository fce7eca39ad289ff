/** Title, description and breadcrumbs of a route, in its language. Pure: the translator is passed in. */
import { localeUrl } from '../i18n/locales.ts';
import { enumLabel, type Translate } from '../i18n/ui.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { listUrl, type NavSection, type Route } from './routing.ts';
import { anniversaryName, type Anniversary } from './site-model.ts';
import { facetLabel } from './list-filters.ts';

export interface Crumb {
  label: string;
  /** None for the current page, the last crumb. */
  url?: string | undefined;
}
export interface PageMeta {
  title: string;
  /** The `<title>` before the locality is added, when it must differ from `title` (see documentTitle). */
  headTitle?: string | undefined;
  description: string;
  crumbs: Crumb[];
  /** Section of the main menu this page belongs to. */
  section?: NavSection | undefined;
}

export function pageMeta(route: Route, t: Translate): PageMeta {
  const home = { label: t('site.home'), url: localeUrl(route.locale) };
  const section = (name: Parameters<typeof listUrl>[1]) => ({
    label: enumLabel(t, 'collection.', name),
    url: listUrl(route.locale, name),
  });
  switch (route.kind) {
    case 'home':
      return { title: t('home.title'), description: t('home.intro'), crumbs: [] };
    case 'list':
      return {
        title: enumLabel(t, 'collection.', route.collection),
        description: enumLabel(t, 'list.', route.collection, '.intro'),
        crumbs: [home, { label: enumLabel(t, 'collection.', route.collection) }],
        section: route.collection,
      };
    case 'filter': {
      // "Heritage: Historic site": unique per page; the description says what the page lists.
      const value = facetLabel(route.sample, route.facet, route.value, t);
      const list = enumLabel(t, 'collection.', route.collection);
      return {
        title: t('filter.title', { list, value }),
        description: t('filter.description', {
          facet: enumLabel(t, 'filter.facet.', route.facet),
          value,
          intro: enumLabel(t, 'list.', route.collection, '.intro'),
        }),
        crumbs: [home, section(route.collection), { label: value }],
        section: route.collection,
      };
    }
    case 'entry': {
      const { entry } = route;
      const crumbs = entry.collection === 'pages' ? [home] : [home, section(entry.collection)];
      return {
        title: entry.data.title,
        description: entry.data.description,
        crumbs: [...crumbs, { label: entry.data.title }],
        ...(entry.collection === 'pages' ? {} : { section: entry.collection }),
      };
    }
    case 'anniversaries':
      return {
        title: t('collection.anniversaries'),
        description: t('list.anniversaries.intro'),
        crumbs: [home, { label: t('collection.anniversaries') }],
        section: 'calendar',
      };
    case 'anniversary': {
      const name = anniversaryName(route.anniversary, route.locale);
      return {
        title: name,
        // The Lồng Tồng festival has a heritage page of the same name: the document titles differ.
        headTitle: t('clients.anniversaryTitle', { name }),
        description: anniversaryDescription(route.anniversary, route.locale, t),
        crumbs: [home, section('anniversaries'), { label: name }],
        section: 'calendar',
      };
    }
    case 'calendar':
      return {
        title: t('calendar.title', { year: route.year }),
        // One description per year: search engines treat identical descriptions as one page.
        description: t('clients.calendarDescription', { year: route.year }),
        crumbs: [home, { label: t('calendar.title', { year: route.year }) }],
        section: 'calendar',
      };
    case 'search':
      return { title: t('search.title'), description: t('search.label'), crumbs: [home, { label: t('search.title') }] };
    case 'not-found':
      return { title: t('notFound.title'), description: t('notFound.body'), crumbs: [] };
  }
}

/** An anniversary's summary in `locale`, or a sentence naming it and its kind where it has none. */
export function anniversaryDescription(a: Anniversary, locale: LocaleCode, t: Translate): string {
  return (
    a.data.summary?.[locale] ??
    t('clients.anniversaryDescription', {
      name: anniversaryName(a, locale),
      category: enumLabel(t, 'anniversary.category.', a.data.category),
      locality: t('locality.name'),
    })
  );
}

/** Search results cut titles at about 600 px: 60 characters, or 60 columns where a CJK character takes two. */
export const TITLE_MAX = 60;

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
// One segmenter for every title: making one costs far more than segmenting a title with it.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string) => [...segmenter.segment(s)].map((g) => g.segment);

/** Display columns of `s`: one per user-perceived character, two for East Asian wide ones. */
export function displayWidth(s: string): number {
  return graphemes(s).reduce((n, g) => n + (WIDE.test(g) ? 2 : 1), 0);
}

/**
 * The `<title>`: the page title with the locality's full name, or its short name, or none,
 * whichever is the longest that fits `max` columns; a page title that alone is too long is cut
 * at a word (a character in scripts without spaces) and ends with "…". Open Graph keeps the
 * whole page title.
 */
export function documentTitle(page: string, locality: { full: string; short: string }, max = TITLE_MAX): string {
  for (const candidate of [`${page} | ${locality.full}`, `${page} | ${locality.short}`, page])
    if (displayWidth(candidate) <= max) return candidate;
  const all = graphemes(page);
  let kept = 0;
  for (let width = 0; kept < all.length; kept++) {
    width += WIDE.test(all[kept]!) ? 2 : 1;
    if (width > max - 1) break;
  }
  let cut = all.slice(0, kept).join('');
  const space = cut.lastIndexOf(' ');
  // Inside a word: back to the last space, unless that throws away more than a third of the title.
  if (all[kept] !== ' ' && space > cut.length * (2 / 3)) cut = cut.slice(0, space);
  // No bracket left open: "… first proclaimed (27…" loses its "(27".
  const open = cut.lastIndexOf('(');
  if (open > cut.lastIndexOf(')') && open > cut.length / 2) cut = cut.slice(0, open);
  return `${cut.replace(/[\s,.:;–—|-]+$/u, '')}…`;
}
