/** Display formatting per language, in Vietnam time, identical on any build machine. */
import { parseCalendarDate, VN_TIME_ZONE } from './dates.ts';

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone });
    cache.set(key, f);
  }
  return f;
}

/** An instant, as the calendar day it falls on in Vietnam. */
export function formatInstant(date: Date, lang: string): string {
  return formatter(lang, VN_TIME_ZONE).format(date);
}

/** A calendar day written `YYYY-MM-DD` (no time zone involved). */
export function formatCalendarDate(day: string, lang: string): string {
  const p = parseCalendarDate(day);
  if (!p) return day;
  return formatter(lang, 'UTC').format(new Date(Date.UTC(p.year, p.month - 1, p.day)));
}
