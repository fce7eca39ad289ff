/**
 * One object per page, computed once: the `<head>` (title, canonical, hreflang, Open Graph,
 * JSON-LD), the page chrome (menu, switcher, breadcrumbs, footer) and the typed view model of
 * the route's kind. The page file computes it and hands it down; components only render it.
 * (Starlight's `generateRouteData` is the model.) Pure: the model, translator and clock come in.
 */
import { getLocale, LOCALES, localeUrl, type Locale, type LocaleCode } from '../i18n/locales.ts';
import { enumLabel, type Translate } from '../i18n/ui.ts';
import { upcoming } from './anniversaries.ts';
import { contactCard, contactPoints } from './contacts.ts';
import { formatInstant } from './format.ts';
import { anniversaryDescription, documentTitle, pageMeta, type Crumb } from './page-meta.ts';
import {
  alternates,
  entryUrl,
  NAV_SECTIONS,
  searchUrl,
  switcherLinks,
  type Route,
  type SwitcherLink,
} from './routing.ts';
import { viewModel, type ViewModel } from './route-views.ts';
import { footerExtras, type FooterExtras } from './site-footer.ts';
import type { Heading } from './toc.ts';
import { endpointUrls, isIndexable, isSearchable, ogImageUrl } from './site-urls.ts';
import { anniversaryName, type SiteModel } from './site-model.ts';
import { anniversaryThing, breadcrumbs, entryThing, organization, type LdContext } from './structured-data.ts';

export interface RouteData {
  locale: Locale;
  head: {
    /** `<title>`: the page title and the locality, at most 60 columns (documentTitle). */
    title: string;
    /** The page's own title, for Open Graph. */
    pageTitle: string;
    description: string;
    /** Absolute; none for the 404 pages. */
    canonical?: string | undefined;
    alternates: { hreflang: string; url: string }[];
    /** Open Graph locales of the other languages this page exists in. */
    ogAlternates: string[];
    ogType: 'article' | 'website';
    /** `article:published_time` and `article:modified_time` (ISO 8601) of an entry page. */
    article?: { published: string; modified: string } | undefined;
    /** Absolute URL of the social card. */
    image?: string | undefined;
    noindex: boolean;
    structuredData: object[];
    rss: string;
  };
  /** The preview build's banner date ("as the site will look on …"); none in a real build. */
  previewDate?: string | undefined;
  /** The home and search pages of the page's language (brand link, search forms). */
  urls: { home: string; search: string };
  nav: { url: string; label: string; current: boolean }[];
  switcher: (SwitcherLink & { missingLabel: string })[];
  crumbs: Crumb[];
  /** The site's own pages, the office's contact channel, feeds, copyright (src/lib/site-footer.ts). */
  footer: { pages: { url: string; title: string }[] } & FooterExtras;
  /** The search page needs Pagefind's WebAssembly: the page file widens its CSP for it. */
  wasm: boolean;
  /** In the search index (`data-pagefind-body`). */
  searchable: boolean;
  view: ViewModel;
}

export interface RouteDataContext {
  /** The translator of any locale (the switcher says "not translated" in the target language). */
  translations: (code: LocaleCode) => Translate;
  /** The site's public origin (`siteConfig.url`). */
  site: string;
  /** A preview build (`SITE_PREVIEW=1`): every page is noindex and says so. */
  preview: boolean;
}

export function routeData(
  route: Route,
  model: SiteModel,
  context: RouteDataContext,
  /** The compiled body's headings, on entry pages (the table of contents). */
  headings: readonly Heading[] = [],
): RouteData {
  const { translations, site, preview } = context;
  const t = translations(route.locale);
  const locale = getLocale(route.locale);
  const absolute = (path: string) => new URL(path, site).href;
  const meta = pageMeta(route, t);
  const indexable = isIndexable(route);
  const image = indexable ? absolute(ogImageUrl(route.url)) : undefined;
  const alternateLinks = alternates(route, model).map((a) => ({ ...a, url: absolute(a.url) }));
  const tags = new Set(alternateLinks.map((a) => a.hreflang));
  return {
    locale,
    head: {
      title: documentTitle(meta.headTitle ?? meta.title, { full: t('locality.fullName'), short: t('locality.name') }),
      pageTitle: meta.title,
      description: meta.description,
      canonical: route.kind === 'not-found' ? undefined : absolute(route.url),
      alternates: alternateLinks,
      ogAlternates: LOCALES.filter((l) => l.code !== locale.code && tags.has(l.lang)).map((l) => l.ogLocale),
      ogType: route.kind === 'entry' ? 'article' : 'website',
      article:
        route.kind === 'entry'
          ? {
              published: route.entry.data.publishAt.toISOString(),
              modified: (route.entry.data.updatedAt ?? route.entry.data.publishAt).toISOString(),
            }
          : undefined,
      image,
      // One rule for the robots tag, the sitemap and the social card (isIndexable): the 404s and
      // the search pages (thin, endless variations of one page) are noindex, unlisted, cardless.
      noindex: !indexable || preview,
      structuredData: route.kind === 'not-found' ? [] : structuredData(route, model, meta.crumbs, t, absolute, image),
      rss: endpointUrls(route.locale).rss,
    },
    previewDate: preview ? formatInstant(model.now, locale.lang) : undefined,
    urls: { home: localeUrl(route.locale), search: searchUrl(route.locale) },
    nav: NAV_SECTIONS.map((s) => ({
      url: localeUrl(route.locale, s),
      label: enumLabel(t, 'collection.', s),
      current: meta.section === s,
    })),
    switcher: switcherLinks(route, model).map((l) => ({
      ...l,
      missingLabel: translations(l.locale.code)('switcher.missing'),
    })),
    crumbs: meta.crumbs,
    footer: { pages: footerPages(model, route.locale), ...footerExtras(model, route.locale, t) },
    wasm: route.kind === 'search',
    searchable: isSearchable(route),
    view: viewModel(route, model, t, absolute, headings),
  };
}

/** The site's own pages (about, contact…) in the footer, by their `order`. */
function footerPages(model: SiteModel, locale: LocaleCode) {
  return [...model.entries('pages', locale)]
    .sort((a, b) => a.data.order - b.data.order)
    .map((p) => ({ url: entryUrl(p), title: p.data.title }));
}

function structuredData(
  route: Route,
  model: SiteModel,
  crumbs: Crumb[],
  t: Translate,
  absolute: (path: string) => string,
  image: string | undefined,
): object[] {
  const ld: LdContext = {
    absolute,
    lang: getLocale(route.locale).lang,
    office: t('locality.office'),
    locality: t('locality.fullName'),
    image,
    falseLabel: t('clients.claimFalse'),
  };
  const contacts = contactPoints(model.contacts.map((c) => contactCard(c, route.locale)));
  const out: object[] = [organization(ld, contacts)];
  if (crumbs.length > 0) out.push(breadcrumbs(crumbs, route.url, ld));
  if (route.kind === 'entry') out.push(...entryThing(route.entry, route.url, ld));
  if (route.kind === 'anniversary') {
    const a = route.anniversary;
    const [next] = upcoming([a], model.now, 1);
    const about = {
      name: anniversaryName(a, route.locale),
      description: anniversaryDescription(a, route.locale, t),
      category: a.data.category,
      visitors: a.data.visitors,
    };
    // The heritage entry that keeps this festival is where it is held.
    const site = model.entries('heritage', route.locale).find((h) => h.data.anniversary === a.id);
    const place = site && {
      name: site.data.title,
      commune: site.data.location.commune,
      url: entryUrl(site),
      coordinates: site.data.location.coordinates,
    };
    out.push(anniversaryThing(about, next, route.url, ld, place));
  }
  return out;
}
