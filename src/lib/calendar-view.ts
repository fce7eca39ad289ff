/**
 * The calendar page's view: a year as month grids with the month's events under each, today
 * marked (the build's day: the page is static), past days set apart, public holidays and
 * festivals open to visitors labelled, and each event's "add to calendar" file and link.
 */
import { getLocale, type LocaleCode } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import { occurrencesInYear } from './anniversaries.ts';
import { occurrenceItem, type OccurrenceItem } from './anniversary-view.ts';
import { isoDay, vnCalendarDay } from './dates.ts';
import type { Link } from './entry-view.ts';
import { formatCalendarDate } from './format.ts';
import { calendarYearUrl, entryUrl, listUrl } from './routing.ts';
import type { SiteModel } from './site-model.ts';
import { endpointUrls } from './site-urls.ts';
import {
  dayState,
  eventIcsUrl,
  eventId,
  googleCalendarUrl,
  monthOrder,
  monthState,
  monthWeeks,
  todayIso,
  weekdayNames,
  type DayState,
} from './visitor-calendar.ts';

export interface CalendarEvent extends OccurrenceItem {
  /** Day of the month, set large beside the name. */
  day: number;
  /** The event's anchor on the page (the grid's day links to the day's first event). */
  anchor: string;
  state: DayState;
  /** "Public holiday"…, when offices and banks close. */
  holiday?: string | undefined;
  visitors: boolean;
  /** Heritage entries where it is kept (their `anniversary` field). */
  places: Link[];
  ics: string;
  google: string;
}
export interface CalendarDay {
  day: number;
  iso: string;
  state: DayState;
  holiday: boolean;
  /** The anchor of the day's first event. */
  event?: string | undefined;
}
export interface CalendarMonth {
  id: string;
  name: string;
  state: DayState;
  weeks: (CalendarDay | null)[][];
  events: CalendarEvent[];
  /** "4 events": the summary of the folded list. */
  count: string;
  /** The events of this month and the next are shown; other months' are folded under their grid. */
  open: boolean;
}
export interface CalendarView {
  kind: 'calendar';
  year: number;
  prev?: string | undefined;
  next?: string | undefined;
  ics: string;
  anniversariesUrl: string;
  /** The build's day, in words. */
  today: string;
  weekdays: string[];
  jump: { url: string; label: string; state: DayState }[];
  /** The months still to come (all of them in another year)… */
  months: CalendarMonth[];
  /** …and, in the current year, the months already past, shown folded after them. */
  past: CalendarMonth[];
}

/** The published articles about an occurrence that year. */
function articlesOf(model: SiteModel, id: string, year: number, locale: LocaleCode): Link[] {
  return model
    .articlesFor(id, locale)
    .filter((e) => vnCalendarDay(e.data.publishAt).year === year)
    .map((e) => ({ url: entryUrl(e), label: e.data.title }));
}

/** `absolute` makes the event's page URL absolute for the Google Calendar link's details. */
export function calendarView(
  year: number,
  model: SiteModel,
  locale: LocaleCode,
  t: Translate,
  absolute: (path: string) => string,
): CalendarView {
  const lang = getLocale(locale).lang;
  const today = todayIso(model.now);
  const monthName = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  const shortMonth = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  // The first days of this month and the next, to compare with a month's first day.
  const { year: ty, month: tm } = vnCalendarDay(model.now);
  const thisMonth = isoDay({ year: ty, month: tm, day: 1 });
  const nextMonth = isoDay(tm === 12 ? { year: ty + 1, month: 1, day: 1 } : { year: ty, month: tm + 1, day: 1 });
  const events = occurrencesInYear(model.anniversaries, year).map((o): CalendarEvent => {
    const a = model.anniversary(o.id);
    const item = occurrenceItem(o, model, locale, t, articlesOf(model, o.id, year, locale));
    const holiday = a?.data.holiday;
    return {
      ...item,
      day: Number(o.date.slice(8)),
      anchor: `e-${eventId(o.id, o.date)}`,
      state: dayState(o.date, today),
      holiday:
        holiday === undefined
          ? undefined
          : holiday > 1
            ? t('calendar.holidayDays', { days: holiday })
            : t('calendar.holiday'),
      visitors: a?.data.visitors === true,
      places: model
        .entries('heritage', locale)
        .filter((h) => h.data.anniversary === o.id)
        .map((h) => ({ url: entryUrl(h), label: h.data.title })),
      ics: eventIcsUrl(locale, o.id, o.date),
      google: googleCalendarUrl({
        title: item.ordinal ? `${item.name} (${item.ordinal})` : item.name,
        date: o.date,
        details: absolute(item.url),
      }),
    };
  });
  const month = (m: number): CalendarMonth => {
    const ofMonth = events.filter((e) => Number(e.date.iso.slice(5, 7)) === m);
    return {
      id: `m-${m}`,
      name: monthName.format(new Date(Date.UTC(year, m - 1, 1))),
      state: monthState(year, m, today),
      weeks: monthWeeks(year, m).map((week) =>
        week.map((iso) => {
          if (!iso) return null;
          const onDay = ofMonth.filter((e) => e.date.iso === iso);
          return {
            day: Number(iso.slice(8)),
            iso,
            state: dayState(iso, today),
            holiday: onDay.some((e) => e.holiday),
            event: onDay[0]?.anchor,
          };
        }),
      ),
      events: ofMonth,
      count: t('calendar.events', { count: ofMonth.length }),
      open: isoDay({ year, month: m, day: 1 }) >= thisMonth && isoDay({ year, month: m, day: 1 }) <= nextMonth,
    };
  };
  const { ahead, past } = monthOrder(year, today);
  return {
    kind: 'calendar',
    year,
    prev: calendarYearUrl(locale, year - 1, model.now),
    next: calendarYearUrl(locale, year + 1, model.now),
    ics: endpointUrls(locale).ics,
    anniversariesUrl: listUrl(locale, 'anniversaries'),
    today: formatCalendarDate(today, lang),
    weekdays: weekdayNames(lang),
    jump: [...ahead, ...past]
      .sort((a, b) => a - b)
      .map((m) => ({
        url: `#m-${m}`,
        label: shortMonth.format(new Date(Date.UTC(year, m - 1, 1))),
        state: monthState(year, m, today),
      })),
    months: ahead.map(month),
    past: past.map(month),
  };
}
