/** Feeds built from the published site model: iCalendar, RSS, the web app manifest. */
import rss from '@astrojs/rss';
import { entryUrl } from '../lib/routing.ts';
import { getLocale, LOCALES, type LocaleCode } from '../i18n/locales.ts';
import { enumLabel, useTranslations } from '../i18n/ui.ts';
import { occurrencesInYear } from '../lib/anniversaries.ts';
import { calendarFeed } from '../lib/ical.ts';
import { anniversaryUrl, calendarUrl, LISTED, yearWindow } from '../lib/routing.ts';
import { APP_ICONS, iconUrl } from '../lib/site-urls.ts';
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
        uid: `${o.id}-${o.date}`,
        date: o.date,
        summary: o.ordinal ? `${name} (${t('anniversary.ordinal', { count: o.ordinal })})` : name,
        description: a.data.summary?.[locale],
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
  const items = LISTED.flatMap((c) => model.entries(c, locale))
    .sort(newestFirst)
    .slice(0, 50);
  return rss({
    title: `${t('locality.fullName')} – ${t('locality.tagline')}`,
    description: t('home.intro'),
    site: siteConfig.url,
    customData: `<language>${getLocale(locale).lang}</language>`,
    items: items.map((e) => ({
      title: e.data.title,
      link: entryUrl(e),
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
    name: `${t('locality.fullName')} – ${t('locality.tagline')}`,
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
