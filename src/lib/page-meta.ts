/** Title, description and breadcrumbs of a route, in its language. Pure: the translator is passed in. */
import { localeUrl } from '../i18n/locales.ts';
import { enumLabel, type Translate } from '../i18n/ui.ts';
import { listUrl, type NavSection, type Route } from './routing.ts';
import { anniversaryName } from './site-model.ts';

export interface Crumb {
  label: string;
  /** None for the current page, the last crumb. */
  url?: string | undefined;
}
export interface PageMeta {
  title: string;
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
      const { data } = route.anniversary;
      const name = anniversaryName(route.anniversary, route.locale);
      return {
        title: name,
        description: data.summary?.[route.locale] ?? name,
        crumbs: [home, section('anniversaries'), { label: name }],
        section: 'calendar',
      };
    }
    case 'calendar':
      return {
        title: t('calendar.title', { year: route.year }),
        description: t('calendar.intro'),
        crumbs: [home, { label: t('calendar.title', { year: route.year }) }],
        section: 'calendar',
      };
    case 'search':
      return { title: t('search.title'), description: t('search.label'), crumbs: [home, { label: t('search.title') }] };
    case 'not-found':
      return { title: t('notFound.title'), description: t('notFound.body'), crumbs: [] };
  }
}
