/** Feeds built from the published site model: the iCalendar files (more feeds join here). */
import { LOCALES, type LocaleCode } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { occurrencesInYear } from '../lib/anniversaries.ts';
import { vnCalendarDay } from '../lib/dates.ts';
import { calendarFeed } from '../lib/ical.ts';
import { anniversaryUrl, calendarUrl } from '../lib/routing.ts';
import { siteConfig } from '../site.config.ts';
import { getSiteModel } from './site-data.ts';

/** One path per locale for endpoints: `params.locale` is undefined for the default locale. */
export function localeParams() {
  return LOCALES.map((l) => ({ params: { locale: l.path || undefined }, props: { locale: l.code } }));
}

/** The years a feed covers: last year, this year and next year (Vietnam time). */
export function feedYears(now: Date): number[] {
  const { year } = vnCalendarDay(now);
  return [year - 1, year, year + 1];
}

export async function calendarIcs(locale: LocaleCode): Promise<string> {
  const model = await getSiteModel();
  const t = useTranslations(locale);
  const absolute = (path: string) => new URL(path, siteConfig.url).href;
  const events = feedYears(model.now).flatMap((year) =>
    occurrencesInYear(model.anniversaries, year).map((o) => {
      const a = model.anniversary(o.id)!;
      const name = a.data.name[locale] ?? o.id;
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
    lang: LOCALES.find((l) => l.code === locale)!.lang,
    url: absolute(calendarUrl(locale)),
    now: model.now,
    events,
  });
}
