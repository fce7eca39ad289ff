/** `/calendar.ics`, `/en/calendar.ics`…: the anniversaries as a subscribable calendar per language. */
import type { APIRoute } from 'astro';
import { calendarIcs, localeParams } from '../../data/feeds.ts';
import type { LocaleCode } from '../../i18n/locales.ts';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ props }) =>
  new Response(await calendarIcs(props.locale as LocaleCode), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
