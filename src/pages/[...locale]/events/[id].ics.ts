/**
 * `/events/quoc-khanh-2026-09-02.ics`, `/en/events/…`: one occurrence as an iCalendar file, the
 * calendar page's "add to calendar" link (the subscribable feed is `calendar.ics`).
 */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../../data/site-data.ts';
import { getLocale, LOCALES, type LocaleCode } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/ui.ts';
import { eventFiles } from '../../../lib/visitor-calendar.ts';
import { calendarFeed, type CalendarEvent } from '../../../lib/ical.ts';
import { siteConfig } from '../../../site.config.ts';

const absolute = (path: string) => new URL(path, siteConfig.url).href;

export async function getStaticPaths() {
  const model = await getSiteModel();
  return LOCALES.flatMap((l) =>
    eventFiles(model, l.code, useTranslations(l.code), absolute).map(({ id, event }) => ({
      params: { locale: l.path || undefined, id },
      props: { locale: l.code, event },
    })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { locale, event } = props as { locale: LocaleCode; event: CalendarEvent };
  const model = await getSiteModel();
  const body = calendarFeed({
    name: event.summary,
    description: event.description ?? event.summary,
    host: new URL(siteConfig.url).host,
    lang: getLocale(locale).lang,
    url: event.url,
    now: model.now,
    events: [event],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
