/**
 * The visitor's calendar: month grids (Monday first, as calendars in Vietnam are printed),
 * each day past, today or upcoming against the build's clock, and the per-event "add to
 * calendar" files and links. Pure: plain dates, the model, the locale and the clock come in.
 */
import { localeUrl, type LocaleCode } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import { occurrencesInYear } from './anniversaries.ts';
import { daysInMonth, isoDay, parseCalendarDate, vnCalendarDay } from './dates.ts';
import type { CalendarEvent as IcsEvent } from './ical.ts';
import { anniversaryDescription } from './page-meta.ts';
import { anniversaryUrl, yearWindow } from './routing.ts';
import { anniversaryName, type SiteModel } from './site-model.ts';

export type DayState = 'past' | 'today' | 'upcoming';

/** Where `iso` (`YYYY-MM-DD`) stands against `today` (same form): ISO days compare as text. */
export function dayState(iso: string, today: string): DayState {
  return iso < today ? 'past' : iso === today ? 'today' : 'upcoming';
}

/** Where a month stands against `today`: wholly past, the current month, or to come. */
export function monthState(year: number, month: number, today: string): DayState {
  const first = isoDay({ year, month, day: 1 });
  const last = isoDay({ year, month, day: daysInMonth(year, month) });
  return last < today ? 'past' : first > today ? 'upcoming' : 'today';
}

/** The build's day in Vietnam, `YYYY-MM-DD`. */
export function todayIso(now: Date): string {
  return isoDay(vnCalendarDay(now));
}

/**
 * The weeks of a month, Monday first: each week seven days, `null` before the 1st and after
 * the last day.
 */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  // getUTCDay: 0 is Sunday; Monday-first columns put Sunday last.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const days: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: daysInMonth(year, month) }, (_, i) => isoDay({ year, month, day: i + 1 })),
  ];
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, w) => days.slice(w * 7, w * 7 + 7));
}

/**
 * The months of `year` in reading order for a visitor: in the current year the current month
 * and those after it come first and the months already past follow, apart; other years in order.
 */
export function monthOrder(year: number, today: string): { ahead: number[]; past: number[] } {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  if (Number(today.slice(0, 4)) !== year) return { ahead: months, past: [] };
  const current = Number(today.slice(5, 7));
  return { ahead: months.filter((m) => m >= current), past: months.filter((m) => m < current) };
}

/** Short weekday names, Monday first, in `lang` ("T2"…"CN", "M"…"S", "一"…"日", "월"…"일"). */
export function weekdayNames(lang: string): string[] {
  const f = new Intl.DateTimeFormat(lang, { weekday: 'narrow', timeZone: 'UTC' });
  // 5 January 2026 was a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2026, 0, 5 + i))));
}

/** The id of one occurrence: `quoc-khanh-2026-09-02`, its .ics file name and page anchor. */
export function eventId(anniversaryId: string, date: string): string {
  return `${anniversaryId}-${date}`;
}

/** `/en/events/quoc-khanh-2026-09-02.ics`: one occurrence as an iCalendar file to import. */
export function eventIcsUrl(locale: LocaleCode, anniversaryId: string, date: string): string {
  return `${localeUrl(locale, 'events').replace(/\/$/, '')}/${eventId(anniversaryId, date)}.ics`;
}

/**
 * Google Calendar's "add event" template for an all-day event: a plain link (the page makes no
 * request to Google), for phones whose calendar does not open .ics downloads.
 */
export function googleCalendarUrl(event: { title: string; date: string; details: string }): string {
  const p = parseCalendarDate(event.date);
  if (!p) throw new Error(`Not a calendar date: ${event.date}`);
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  const compact = (d: string) => d.replaceAll('-', '');
  const end = isoDay({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${compact(event.date)}/${compact(end)}`,
    details: event.details,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/**
 * The single-event iCalendar files of a language: every occurrence of the calendar years, named
 * by `eventId`. The UID is the one the language's feed gives the same occurrence (feeds.ts), so
 * an app that has both keeps one event.
 */
export function eventFiles(
  model: SiteModel,
  locale: LocaleCode,
  t: Translate,
  absolute: (path: string) => string,
): { id: string; event: IcsEvent }[] {
  return yearWindow(model.now).years.flatMap((year) =>
    occurrencesInYear(model.anniversaries, year).flatMap((o) => {
      const a = model.anniversary(o.id);
      if (!a) return [];
      const name = anniversaryName(a, locale);
      return [
        {
          id: eventId(o.id, o.date),
          event: {
            uid: `${o.id}-${o.date}-${locale}`,
            date: o.date,
            summary: o.ordinal ? `${name} (${t('anniversary.ordinal', { count: o.ordinal })})` : name,
            description: anniversaryDescription(a, locale, t),
            url: absolute(anniversaryUrl(locale, o.id)),
          },
        },
      ];
    }),
  );
}
