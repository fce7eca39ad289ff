/** Feeds built from the published site model: iCalendar, RSS, the web app manifest. */
import rss from '@astrojs/rss';
import { entryUrl } from '../lib/routing.ts';
import { getLocale, LOCALES, localeUrl, type LocaleCode } from '../i18n/locales.ts';
import { enumLabel, useTranslations } from '../i18n/ui.ts';
import { occurrencesInYear } from '../lib/anniversaries.ts';
import { calendarFeed } from '../lib/ical.ts';
import { anniversaryUrl, calendarUrl, LISTED, yearWindow } from '../lib/routing.ts';
import { anniversaryDescription } from '../lib/page-meta.ts';
import { APP_ICONS, endpointUrls, iconUrl } from '../lib/site-urls.ts';
import { siteConfig } from '../site.config.ts';
import { anniversaryName, newestFirst } from '../lib/site-model.ts';
import { getSiteModel } from './site-data.ts';

/** One path per locale for endpoints: `params.locale` is undefined for the default locale. */
export function localeParams() {
  return LOCALES.map((l) => ({ params: { locale: l.path || undefined }, props: { locale: l.code } }));
}

export async function calendarIcs(locale: LocaleCode): Promise<string> {
  const model = await getSiteModel();
  const t = useTranslations(locale);
  const absolute = (path: string) => new URL(path, siteConfig.url).href;
  const events = yearWindow(model.now).years.flatMap((year) =>
    occurrencesInYear(model.anniversaries, year).map((o) => {
      const a = model.anniversary(o.id)!;
      const name = anniversaryName(a, locale);
      return {
        // One UID per occurrence *and language*: the four feeds describe the same day in four
        // languages, and a calendar app that imports two of them must keep both (RFC 5545 §3.8.4.7:
        // a UID names one event; the same UID again is an update that replaces it).
        uid: `${o.id}-${o.date}-${locale}`,
        date: o.date,
        summary: o.ordinal ? `${name} (${t('anniversary.ordinal', { count: o.ordinal })})` : name,
        description: anniversaryDescription(a, locale, t),
        url: absolute(anniversaryUrl(locale, o.id)),
      };
    }),
  );
  return calendarFeed({
    name: `${t('calendar.feedName')} – ${t('locality.fullName')}`,
    description: t('list.anniversaries.intro'),
    host: new URL(siteConfig.url).host,
    lang: getLocale(locale).lang,
    url: absolute(calendarUrl(locale)),
    now: model.now,
    events,
  });
}

/** The newest published entries of a locale (all collections but `pages`), as RSS 2.0. */
export async function rssFeed(locale: LocaleCode): Promise<Response> {
  const model = await getSiteModel();
  const t = useTranslations(locale);
  const absolute = (path: string) => new URL(path, siteConfig.url).href;
  const items = LISTED.flatMap((c) => model.entries(c, locale))
    .sort(newestFirst)
    .slice(0, 50);
  return rss({
    // The tagline names the locality in every language ("Thai Nguyen Province, Viet Nam: …").
    title: t('locality.tagline'),
    description: t('home.intro'),
    // The channel's website is the home page of the feed's own language: readers open it.
    site: absolute(localeUrl(locale)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Where the feed itself lives (RSS Advisory Board best practice; readers show it as the source).
    customData: [
      `<language>${getLocale(locale).lang}</language>`,
      `<atom:link href="${absolute(endpointUrls(locale).rss)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((e) => ({
      title: e.data.title,
      link: absolute(entryUrl(e)),
      pubDate: e.data.publishAt,
      description: e.data.description,
      categories: [enumLabel(t, 'collection.', e.collection)],
    })),
  });
}

/** The web app manifest, in the default language. */
export function manifest(): string {
  const t = useTranslations(LOCALES[0].code);
  return JSON.stringify({
    name: t('locality.tagline'),
    short_name: t('locality.name'),
    lang: LOCALES[0].lang,
    start_url: '/',
    display: 'browser',
    background_color: '#fbf8f3',
    theme_color: siteConfig.colors.accent,
    icons: (['icon-192', 'icon-512'] as const).map((icon) => ({
      src: iconUrl(icon),
      sizes: `${APP_ICONS[icon]}x${APP_ICONS[icon]}`,
      type: 'image/png',
    })),
  });
}
